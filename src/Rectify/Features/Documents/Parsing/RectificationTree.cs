namespace Rectify.Features.Documents.Parsing;

/// <summary>
/// Turns the outline of the feedback part into sections and problems. The problem level is the marker kind
/// that most often carries rectification text itself; every level above it is a section.
/// </summary>
internal static class RectificationTree
{
    public static List<ParsedSection> Build(IReadOnlyList<OutlineNode> roots, ParseContext context)
    {
        var problemKind = ProblemKind(roots);
        if (problemKind is null) return [];
        if (roots.All(r => r.Marker.Kind == problemKind))
        {
            context.Warn("ProblemsWithoutSection", ParsingMessages.ProblemsWithoutSection, null);
            return [new ParsedSection("", "", [], roots.Select(r => Problem(r, context)).ToList())];
        }
        return roots.Select(r => r.Marker.Kind == problemKind
                ? new ParsedSection("", "", [], [Problem(r, context)])
                : Section(r, problemKind.Value, context))
            .ToList();
    }

    private static MarkerKind? ProblemKind(IReadOnlyList<OutlineNode> roots)
    {
        var leaves = roots.SelectMany(r => r.SelfAndDescendants()).Where(n => n.IsLeaf && !n.IsMeasureItem).ToList();
        var carrying = leaves.Where(n => n.HasContent).ToList();
        var pool = carrying.Count > 0 ? carrying : leaves;
        return pool.Count == 0 ? null
            : pool.GroupBy(n => n.Marker.Kind)
                .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(n => n.Depth))
                .First().Key;
    }

    private static ParsedSection Section(OutlineNode node, MarkerKind problemKind, ParseContext context)
    {
        var label = node.Marker.Label;
        var title = node.Marker.Rest.TrimEnd('。');
        var sections = node.Children.Where(c => c.Marker.Kind != problemKind && !c.IsMeasureItem)
            .Select(c => Section(c, problemKind, context)).ToList();
        var problems = node.Children.Where(c => c.Marker.Kind == problemKind)
            .Select(c => Problem(c, context)).ToList();
        if (node.IsLeaf && node.HasContent) problems.Add(Unlabelled(node, problemKind, context));
        else if (node.IsLeaf) context.Warn("SectionEmpty", ParsingMessages.SectionEmpty(label, title), label);
        return new ParsedSection(label, title, sections, problems);
    }

    private static ParsedProblem Problem(OutlineNode node, ParseContext context) =>
        ProblemReader.Read(node.Marker.Label, node.Marker.Rest, node.Body, node.Children, context);

    // A section with rectification text but no numbered problem (003: "针对…的问题。一是…" under 8.):
    // one problem, labelled as the first of the problem level would be.
    private static ParsedProblem Unlabelled(OutlineNode node, MarkerKind problemKind, ParseContext context)
    {
        var label = problemKind switch
        {
            MarkerKind.ParenArabic => "(1)",
            MarkerKind.HalfParenArabic => "1)",
            MarkerKind.ArabicDot => "1.",
            MarkerKind.ParenChinese => "(一)",
            MarkerKind.Circled => "①",
            _ => "1",
        };
        context.Warn("ProblemLabelSynthesized", ParsingMessages.ProblemLabelSynthesized(node.Marker.Label, label), node.Marker.Label);
        return node.Body.Count == 0 || MeasureSplitter.OpensRectification(node.Body[0].Text)
            ? ProblemReader.Read(label, node.Marker.Rest, node.Body, node.Children, context)
            : ProblemReader.Read(label, node.Body[0].Text, node.Body.Skip(1).ToList(), [], context);
    }
}
