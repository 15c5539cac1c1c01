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
            Date(report.StayStart), Date(report.StayEnd), Date(report.FeedbackDate), report.OrganisationText, report.NextStepsText,
            report.ContactText, report.Sections.Select(Section).ToList(), []);
    }

    private static DateOnly? Date(string? iso) => iso is { Length: 10 } ? DateOnly.Parse(iso) : null;
}
