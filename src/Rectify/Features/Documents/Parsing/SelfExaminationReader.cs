using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>
/// A self-examination text (问题查摆): after "存在以下问题:" come numbered sections whose 一是…/一方面…另一方面
/// items are the problems; the analysis and action plan after them yield none.
/// </summary>
internal static partial class SelfExaminationReader
{
    [GeneratedRegex("存在以下问题|存在的问题|问题如下|查摆|主要问题|突出问题")]
    private static partial Regex ListIntroRx();

    [GeneratedRegex("^.{0,20}(原因|剖析|措施|整改|下一步|下步|打算)")]
    private static partial Regex AfterListRx();

    public static bool IsSelfExamination(string text) =>
        !Regex.IsMatch(text, "巡视|巡察|审计|督查组|反馈意见|反馈问题") && Markers.FindRectificationLead(text) is null
        && Regex.IsMatch(text, "查摆|自查|剖析|检视");

    /// <summary>The sections with their problems, and the lines before and after the problem list.</summary>
    public static (List<ParsedSection> Sections, List<SourceLine> Before, List<SourceLine> After) Read(
        IReadOnlyList<SourceLine> body, ParseContext context)
    {
        var intro = IndexOf(body, 0, l => ListIntroRx().IsMatch(l.Text));
        var start = IndexOf(body, intro < 0 ? 0 : intro, l => Markers.Read(l.Text) is not null);
        // "一、存在的主要问题" is the list's heading, not its first item.
        if (start >= 0 && ListIntroRx().IsMatch(Markers.Read(body[start].Text)!.Rest)) start = IndexOf(body, start + 1, l => Markers.Read(l.Text) is not null);
        if (start < 0) return ([], body.ToList(), []);
        var first = Markers.Read(body[start].Text)!;
        var end = IndexOf(body, start + 1, l => EndsList(l.Text, first.Kind));
        if (end < 0) end = body.Count;
        var (_, roots) = OutlineBuilder.Build(body.Skip(start).Take(end - start).ToList(), context);
        context.Warn("SelfExamination", ParsingMessages.SelfExamination, null);
        return (roots.Select(Section).ToList(), body.Take(start).ToList(), body.Skip(end).ToList());
    }

    // The analysis or action plan after the list: a paragraph or heading about causes, measures, next steps,
    // or the list's own numbering starting again.
    private static bool EndsList(string text, MarkerKind listKind)
    {
        var marker = Markers.Read(text);
        if (marker is null) return AfterListRx().IsMatch(text);
        if (marker.Kind == listKind) return marker.Ordinal == 1;
        return marker.Kind is MarkerKind.PartNumber or MarkerKind.Aspect && AfterListRx().IsMatch(marker.Rest);
    }

    private static ParsedSection Section(OutlineNode node)
    {
        var text = string.Join("", node.Body.Select(b => b.Text).Prepend(node.Marker.Rest));
        var items = Enumerators.Split(text);
        var (title, rest) = items.Count > 0 && items[0].Label.Length == 0
            ? Sentences.SplitFirst(items[0].Text)
            : Sentences.SplitFirst(text);
        var problems = items.Where(i => i.Label.Length > 0).Select(Problem).ToList();
        if (problems.Count == 0 && node.IsLeaf && rest is not null)
            problems.Add(Problem(new EnumeratedItem("", rest, 0)));
        return new ParsedSection(node.Marker.Label, title, node.Children.Select(Section).ToList(), problems);
    }

    private static ParsedProblem Problem(EnumeratedItem item)
    {
        var (title, detail) = Sentences.SplitFirst(item.Text);
        return new ParsedProblem(item.Label, title, detail, []);
    }

    private static int IndexOf(IReadOnlyList<SourceLine> lines, int from, Func<SourceLine, bool> match)
    {
        for (var i = from; i < lines.Count; i++)
            if (match(lines[i])) return i;
        return -1;
    }
}
