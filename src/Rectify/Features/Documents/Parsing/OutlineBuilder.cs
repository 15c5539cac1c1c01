namespace Rectify.Features.Documents.Parsing;

/// <summary>
/// Builds the numbered outline with a level stack: a marker kind already on the stack closes the levels
/// below it and opens a sibling; a new kind opens a level under the current one.
/// </summary>
internal static class OutlineBuilder
{
    public static (List<SourceLine> Preamble, List<OutlineNode> Roots) Build(IReadOnlyList<SourceLine> lines, ParseContext context)
    {
        var preamble = new List<SourceLine>();
        var roots = new List<OutlineNode>();
        var stack = new List<OutlineNode>();
        foreach (var line in lines)
        {
            if (Markers.Read(line.Text) is not { } marker)
            {
                (stack.Count > 0 ? stack[^1].Body : preamble).Add(line);
                continue;
            }
            var item = OpensItemList(stack, marker);
            var same = item ? -1 : stack.FindLastIndex(n => n.Marker.Kind == marker.Kind);
            if (same >= 0) stack.RemoveRange(same, stack.Count - same);
            var node = new OutlineNode(marker, line, stack.Count)
            {
                IsMeasureItem = item || (stack.Count > 0 && (stack[^1].IsMeasureItem || stack[^1].OpensRectification)),
            };
            (stack.Count > 0 ? stack[^1].Children : roots).Add(node);
            stack.Add(node);
        }
        RestoreBrackets(roots, context);
        return (preamble, roots);
    }

    // "整改措施:" followed by a list numbered 1., 2., …: the list is the rectification text, even in a kind used above.
    private static bool OpensItemList(List<OutlineNode> stack, Marker marker) =>
        stack.Count > 0 && stack[^1].OpensRectification && !stack[^1].IsMeasureItem
        && marker.Kind != stack[^1].Marker.Kind
        && (marker.Ordinal == 1 || stack.TrueForAll(n => n.Marker.Kind != marker.Kind));

    // "1)" where the report has no "(1)": an opening bracket lost in publishing.
    private static void RestoreBrackets(List<OutlineNode> roots, ParseContext context)
    {
        var all = roots.SelectMany(r => r.SelfAndDescendants()).ToList();
        var half = all.Where(n => n.Marker.Kind == MarkerKind.HalfParenArabic).ToList();
        if (half.Count == 0 || all.Any(n => n.Marker.Kind == MarkerKind.ParenArabic)) return;
        foreach (var n in half)
            n.Marker = n.Marker with { Kind = MarkerKind.ParenArabic, Label = $"({n.Marker.Ordinal})" };
        context.Warn("BracketRecovered", ParsingMessages.BracketRecovered(half.Count, half[0].Line.Text[..Math.Min(half[0].Line.Text.Length, 12)]), half[0].Line.Where);
    }
}
