using Rectify.Features.Documents.Bulletins;
using Rectify.Features.Documents.Parsing;
using Rectify.Features.Rounds;

namespace Rectify.UnitTests.Features.Documents.Bulletins;

/// <summary>Rounds for bulletin tests, made from parsed reports, with measures in every status.</summary>
internal static class BulletinSources
{
    public static BulletinSource FromReport(ParsedReport report)
    {
        var n = 0;
        BulletinMeasure Measure(ParsedMeasure m)
        {
            var status = (MeasureStatus)(n++ % 5);
            var progress = status == MeasureStatus.NotStarted ? null : $"已组织专题会议{n}次,一是梳理问题清单,二是建立工作台账";
            return new BulletinMeasure(m.Text, status == MeasureStatus.StageResult ? MeasureKind.LongTerm : MeasureKind.Dated, status, n * 7 % 100, progress);
        }
        BulletinSection Section(ParsedSection s) => new(s.Title, s.Sections.Select(Section).ToList(),
            s.Problems.Select(p => new BulletinProblem(p.Title, p.Feedback, p.Measures.Select(Measure).ToList())).ToList());
        return new BulletinSource(RoundKind.Patrol, report.InspectingBody ?? "市委巡察组", report.InspectedUnit ?? "被巡察单位", report.Issuer,
            Date(report.StayStart, first: true), Date(report.StayEnd, first: false), Date(report.FeedbackDate, first: true), report.OrganisationText, report.NextStepsText,
            report.ContactText, report.Sections.Select(Section).ToList(), []);
    }

    /// <summary>As the app keeps a date known to the month: its first day for a start, its last for an end.</summary>
    private static DateOnly? Date(string? iso, bool first) => iso switch
    {
        { Length: 10 } => DateOnly.Parse(iso),
        { Length: 7 } => first ? DateOnly.Parse(iso + "-01") : DateOnly.Parse(iso + "-01").AddMonths(1).AddDays(-1),
        _ => null,
    };
}
