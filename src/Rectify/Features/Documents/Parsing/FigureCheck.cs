namespace Rectify.Features.Documents.Parsing;

/// <summary>Compares the stated figures with what was found, recovering a figure that lost its counting word.</summary>
internal static class FigureCheck
{
    public static void Compare(Dictionary<string, int> stated, Dictionary<string, string> where, ParsedCounts found, ParseContext context)
    {
        RecoverLostCategory(stated, where, found, StatedFigures.Problems, context);
        RecoverLostCategory(stated, where, found, StatedFigures.Problems + StatedFigures.Done, context);
        Check(stated, where, StatedFigures.Aspects, found.Levels.Count > 0 ? found.Levels[0] : 0, context);
        if (found.Levels.Count > 1) Check(stated, where, StatedFigures.Categories, found.Levels[1], context);
        Check(stated, where, StatedFigures.Problems, found.Problems, context);
        if (found.Measures > 0) Check(stated, where, StatedFigures.Measures, found.Measures, context);
    }

    /// <summary>Stated totals beside stated completed counts; a completed count above its total is warned about.</summary>
    public static List<StatedCompletion> Completion(Dictionary<string, int> stated, Dictionary<string, string> where, ParseContext context)
    {
        var result = new List<StatedCompletion>();
        foreach (var figure in new[] { StatedFigures.Problems, StatedFigures.Measures })
        {
            var doneName = figure + StatedFigures.Done;
            if (!stated.TryGetValue(doneName, out var done)) continue;
            int? total = stated.TryGetValue(figure, out var t) ? t : null;
            var at = where.GetValueOrDefault(doneName);
            result.Add(new StatedCompletion(figure, total, done, at));
            if (done > total) context.Warn("CompletionExceeds", ParsingMessages.CompletionExceeds(figure, total.Value, done), at);
        }
        return result;
    }

    private static void Check(Dictionary<string, int> stated, Dictionary<string, string> where, string name, int found, ParseContext context)
    {
        if (stated.TryGetValue(name, out var value) && value != found)
            context.Warn("StatedDiffers", ParsingMessages.StatedDiffers(name, value, found), where.GetValueOrDefault(name));
    }

    // "1636个具体问题" for "16类36个具体问题": the digits end with the problems found, the rest are categories.
    private static void RecoverLostCategory(Dictionary<string, int> stated, Dictionary<string, string> where,
        ParsedCounts found, string name, ParseContext context)
    {
        // Two digits ("十二个问题" with 2 found) are a plain difference, not a lost 类.
        if (!stated.TryGetValue(name, out var value) || value < 100 || value == found.Problems || found.Problems == 0) return;
        var digits = value.ToString();
        var tail = found.Problems.ToString();
        if (digits.Length <= tail.Length || !digits.EndsWith(tail, StringComparison.Ordinal)) return;
        var categories = int.Parse(digits[..^tail.Length]);
        stated[name] = found.Problems;
        if (!stated.TryAdd(StatedFigures.Categories, categories)) return;
        context.Warn("FigureRecovered", ParsingMessages.FigureRecovered($"{value}个", $"{categories}类{found.Problems}个"), where.GetValueOrDefault(name));
    }
}
