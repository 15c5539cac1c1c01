using Rectify.Features.Documents.Bulletins;
using Rectify.Features.Documents.Parsing;
using Rectify.Features.Rounds;
using Rectify.UnitTests.Features.Documents.Parsing;

namespace Rectify.UnitTests.Features.Documents.Bulletins;

/// <summary>
/// A bulletin written from a round reads back, through the report parser, as that round: its sections, problems and
/// measure counts, its dates and its stated figures. The rounds are the seed reports as the parser reads them.
/// </summary>
public sealed class BulletinRoundTripTests
{
    private static readonly DateOnly Date = new(2024, 4, 18);

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    public void A_bulletin_parses_back_into_the_rounds_outline(string seed)
    {
        // The seed's own narrative states its own figures (002's differ from its text): the bulletin's are checked here.
        var report = Seeds.Parse(seed);
        var round = BulletinSources.FromReport(report) with { OrganisationText = null };
        var bulletin = BulletinComposer.Compose(round, Date);

        var back = ReportParser.Parse(string.Join("\n", bulletin.Paragraphs.Select(p => p.Text)));

        Assert.Equal(ParsedReport.Rectification, back.Kind);
        Assert.Equal(Outline(round.Sections, round.Problems), Outline(back));
        Assert.DoesNotContain(back.Warnings, w => w.Code == "StatedDiffers");
        Assert.Equal(back.Counts.Problems, back.Stated["problems"]);
        Assert.Equal(back.Counts.Measures, back.Stated["measures"]);
        var measures = Measures(round.Sections).ToList();
        Assert.Equal(measures.Count(m => m.Status == MeasureStatus.Closed), back.Stated["measuresCompleted"]);
        Assert.Equal(report.StayStart, back.StayStart);
        Assert.Equal(report.StayEnd, back.StayEnd);
        Assert.Equal(report.FeedbackDate, back.FeedbackDate);
        Assert.Equal("2024-04-18", back.PublishedDate);
        Assert.Equal(round.Issuer, back.Issuer);
    }

    private static IEnumerable<BulletinMeasure> Measures(IReadOnlyList<BulletinSection> sections) =>
        sections.SelectMany(s => s.Problems.SelectMany(p => p.Measures).Concat(Measures(s.Sections)));

    /// <summary>Each section and problem as "depth:title" and each problem's measure count, in order.</summary>
    internal static List<string> Outline(IReadOnlyList<BulletinSection> sections, IReadOnlyList<BulletinProblem> problems, int depth = 0) =>
        sections.SelectMany(s => new[] { $"{depth}:{Plain(s.Title)}" }.Concat(Outline(s.Sections, s.Problems, depth + 1)))
            .Concat(problems.Select(p => $"{depth}:{Plain(p.Title)}={p.Measures.Count}")).ToList();

    internal static List<string> Outline(ParsedReport report) => Outline(report.Sections.Select(Section).ToList(), [], 0);

    private static BulletinSection Section(ParsedSection s) => new(s.Title, s.Sections.Select(Section).ToList(),
        s.Problems.Select(p => new BulletinProblem(p.Title, p.Feedback, p.Measures.Select(m => new BulletinMeasure(m.Text, MeasureKind.Dated,
            MeasureStatus.InProgress, 0, null)).ToList())).ToList());

    /// <summary>Titles compared without punctuation and width: the bulletin writes Chinese punctuation.</summary>
    private static string Plain(string text) =>
        new(BulletinText.Line(text).Replace("其", "").Where(c => !char.IsPunctuation(c) && !char.IsWhiteSpace(c)).ToArray());
}
