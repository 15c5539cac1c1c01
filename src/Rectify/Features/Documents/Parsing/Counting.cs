namespace Rectify.Features.Documents.Parsing;

internal static class Counting
{
    /// <summary>Sections per depth (an unlabelled wrapper section is not a level), problems and measures.</summary>
    public static ParsedCounts Count(IReadOnlyList<ParsedSection> sections)
    {
        var levels = new List<int>();
        var problems = 0;
        var measures = 0;
        void Visit(ParsedSection s, int depth)
        {
            var counted = s.Label.Length > 0;
            if (counted)
            {
                while (levels.Count <= depth) levels.Add(0);
                levels[depth]++;
            }
            problems += s.Problems.Count;
            measures += s.Problems.Sum(p => p.Measures.Count);
            foreach (var child in s.Sections) Visit(child, counted ? depth + 1 : depth);
        }
        foreach (var s in sections) Visit(s, 0);
        return new ParsedCounts(levels, problems, measures);
    }
}
