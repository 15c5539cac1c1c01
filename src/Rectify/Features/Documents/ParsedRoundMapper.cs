using System.Text.RegularExpressions;
using Rectify.Features.Documents.Parsing;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Text;

namespace Rectify.Features.Documents;

/// <summary>
/// Turns a parsed report into a round to import: dates, kind, level names and the tree. The parser reads with half-width
/// punctuation; what the round keeps is written back in Chinese punctuation (<see cref="ChinesePunctuation"/>).
/// </summary>
public static partial class ParsedRoundMapper
{
    public static RoundImport ToImport(ParsedReport report, Guid inspectedUnitId, Func<string?, Guid?> unitOf)
    {
        var selfExamination = report.Kind == ParsedReport.SelfExamination;
        var details = new RoundDetailsInput(
            selfExamination ? RoundKind.SelfExamination : RoundKindOf(report.InspectingBody),
            Limit(Chinese(report.Title) ?? $"{report.InspectedUnit ?? report.Issuer}关于{report.InspectingBody ?? "反馈意见"}整改情况", 300)!, Limit(report.CampaignName, 200), null,
            Limit(report.InspectingBody ?? (selfExamination ? "自查" : "（未识别）"), 200)!, inspectedUnitId,
            DateOf(report.StayStart, first: true), DateOf(report.StayEnd, first: false), DateOf(report.FeedbackDate, true),
            DateOf(report.PublishedDate, true), Limit(report.Issuer, 200));
        var depthCount = Depth(report.Sections);
        return new RoundImport(details, Chinese(report.OrganisationText), Chinese(report.NextStepsText), Chinese(report.ContactText),
            report.Sections.Select(s => Section(s, 1, depthCount, unitOf)).ToList(), [],
            report.Warnings.Select(w => w.Where is null ? w.Message : $"{w.Where}：{w.Message}").ToList());
    }

    private static SectionImport Section(ParsedSection s, int depth, int depthCount, Func<string?, Guid?> unitOf) =>
        new(LevelName(s.Label, depth, depthCount), s.Label, Limit(Chinese(s.Title), 1000)!,
            s.Sections.Select(c => Section(c, depth + 1, depthCount, unitOf)).ToList(),
            s.Problems.Select(p => new ProblemImport(p.Label, Limit(Chinese(p.Title), 1000)!, Chinese(p.Feedback),
                p.Measures.Select(m => Measure(m, unitOf)).ToList())).ToList());

    /// <summary>A table row's responsibilities come along: leader, person, cooperating units and the time limit.</summary>
    private static MeasureImport Measure(ParsedMeasure m, Func<string?, Guid?> unitOf)
    {
        var kind = m.TimeLimit switch
        {
            { } t when t.Contains("立行立改") => MeasureKind.Immediate,
            { } t when t.Contains("长期") || t.Contains("持续") => MeasureKind.LongTerm,
            _ => KindOf(m.Text),
        };
        var cooperating = (m.CooperatingUnits ?? []).Select(unitOf).OfType<Guid>().Distinct().ToList();
        return new MeasureImport(m.Label, Chinese(m.Text)!, kind, unitOf(m.Unit), null, Limit(m.Leader, 100),
            cooperating.Count > 0 ? cooperating : null, Limit(m.Person, 100),
            kind == MeasureKind.Dated ? TimeLimitOf(m.TimeLimit) : null);
    }

    private static string? Chinese(string? text) => string.IsNullOrWhiteSpace(text) ? text : ChinesePunctuation.NormalizeLines(text);

    /// <summary>"2024年6月30日", "2024.6.30", "2024/6/30" are that day; "2024年6月底" or "2024年6月" its month's last day; "2024年底" the 31st of December.</summary>
    public static DateOnly? TimeLimitOf(string? written)
    {
        if (written is null) return null;
        var m = TimeLimitRx().Match(written);
        if (!m.Success) return null;
        var year = int.Parse(m.Groups["y"].Value);
        if (!m.Groups["m"].Success) return year is >= 2000 and <= 2100 ? new DateOnly(year, 12, 31) : null;
        var month = int.Parse(m.Groups["m"].Value);
        if (year is < 2000 or > 2100 || month is < 1 or > 12) return null;
        var last = DateTime.DaysInMonth(year, month);
        if (!m.Groups["d"].Success) return new DateOnly(year, month, last);
        var day = int.Parse(m.Groups["d"].Value);
        return day >= 1 && day <= last ? new DateOnly(year, month, day) : null;
    }

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

    [GeneratedRegex(@"(?<y>\d{4})\s*(?:年|\.|/|-)\s*(?:(?<m>\d{1,2})\s*(?:月|\.|/|-)\s*(?:(?<d>\d{1,2})\s*日?)?|底|末)")]
    private static partial Regex TimeLimitRx();

    [GeneratedRegex("长效|常态化|长期|持续(?:推进|抓好|深化|加强|开展)|久久为功")]
    private static partial Regex LongTerm();
}
