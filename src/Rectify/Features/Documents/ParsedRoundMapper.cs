using System.Text.RegularExpressions;
using Rectify.Features.Documents.Parsing;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;

namespace Rectify.Features.Documents;

/// <summary>Turns a parsed report into a round to import: dates, kind, level names and the tree.</summary>
public static partial class ParsedRoundMapper
{
    public static RoundImport ToImport(ParsedReport report, Guid inspectedUnitId, Func<string?, Guid?> unitOf)
    {
        var selfExamination = report.Kind == ParsedReport.SelfExamination;
        var details = new RoundDetailsInput(
            selfExamination ? RoundKind.SelfExamination : RoundKindOf(report.InspectingBody),
            Limit(report.Title ?? $"{report.InspectedUnit ?? report.Issuer}关于{report.InspectingBody ?? "反馈意见"}整改情况", 300)!, Limit(report.CampaignName, 200), null,
            Limit(report.InspectingBody ?? (selfExamination ? "自查" : "(未识别)"), 200)!, inspectedUnitId,
            DateOf(report.StayStart, first: true), DateOf(report.StayEnd, first: false), DateOf(report.FeedbackDate, true),
            DateOf(report.PublishedDate, true), Limit(report.Issuer, 200));
        var depthCount = Depth(report.Sections);
        return new RoundImport(details, report.OrganisationText, report.NextStepsText, report.ContactText,
            report.Sections.Select(s => Section(s, 1, depthCount, unitOf)).ToList(), [],
            report.Warnings.Select(w => w.Where is null ? w.Message : $"{w.Where}:{w.Message}").ToList());
    }

    private static SectionImport Section(ParsedSection s, int depth, int depthCount, Func<string?, Guid?> unitOf) =>
        new(LevelName(s.Label, depth, depthCount), s.Label, Limit(s.Title, 1000)!,
            s.Sections.Select(c => Section(c, depth + 1, depthCount, unitOf)).ToList(),
            s.Problems.Select(p => new ProblemImport(p.Label, Limit(p.Title, 1000)!, p.Feedback,
                p.Measures.Select(m => new MeasureImport(m.Label, m.Text, KindOf(m.Text), unitOf(m.Unit))).ToList())).ToList());

    /// <summary>第X方面 names itself; otherwise the top level is 方面 and the next 类.</summary>
    private static string LevelName(string label, int depth, int depthCount) =>
        label.EndsWith("方面") ? "方面" : depth == 1 ? "方面" : depth == 2 && depthCount >= 2 ? "类" : "项";

    private static int Depth(IReadOnlyList<ParsedSection> sections) =>
        sections.Count == 0 ? 0 : 1 + sections.Max(s => Depth(s.Sections));

    /// <summary>Long-term wording (长效, 常态化, 持续…) makes a long-term measure; the rest are dated.</summary>
    public static MeasureKind KindOf(string text) =>
        LongTerm().IsMatch(text) ? MeasureKind.LongTerm : MeasureKind.Dated;

    private static RoundKind RoundKindOf(string? inspectingBody) => inspectingBody switch
    {
        null => RoundKind.Patrol,
        var b when b.Contains("巡视") => RoundKind.Inspection,
        var b when b.Contains("审计") => RoundKind.Audit,
        var b when b.Contains("督查") => RoundKind.Supervision,
        _ => RoundKind.Patrol,
    };

    /// <summary>"2020-10" is a month: the stay starts on its first day and ends on its last.</summary>
    private static DateOnly? DateOf(string? iso, bool first)
    {
        if (string.IsNullOrEmpty(iso)) return null;
        if (DateOnly.TryParseExact(iso, "yyyy-MM-dd", out var day)) return day;
        if (DateOnly.TryParseExact(iso + "-01", "yyyy-MM-dd", out var month)) return first ? month : month.AddMonths(1).AddDays(-1);
        return null;
    }

    private static string? Limit(string? text, int length) => text is null ? null : text.Length <= length ? text : text[..length];

    [GeneratedRegex("长效|常态化|长期|持续(?:推进|抓好|深化|加强|开展)|久久为功")]
    private static partial Regex LongTerm();
}
