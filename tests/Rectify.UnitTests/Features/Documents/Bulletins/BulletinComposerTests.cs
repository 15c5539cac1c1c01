using Rectify.Features.Documents.Bulletins;
using Rectify.Features.Rounds;

namespace Rectify.UnitTests.Features.Documents.Bulletins;

/// <summary>What the bulletin says, paragraph by paragraph, from a small round.</summary>
public sealed class BulletinComposerTests
{
    private static BulletinSource Round(params BulletinMeasure[] measures) => new(RoundKind.Patrol, "市委第五巡察组", "市发展改革委",
        "中共某市发展和改革委员会党组", new DateOnly(2023, 6, 5), new DateOnly(2023, 9, 8), new DateOnly(2023, 11, 10), null, null, null,
        [new BulletinSection("关于学习贯彻方面", [], [new BulletinProblem("理论学习不深入问题", null, measures)])], []);

    private static readonly DateOnly Date = new(2024, 4, 18);

    private static List<string> Texts(BulletinSource round) => BulletinComposer.Compose(round, Date).Paragraphs.Select(p => p.Text).ToList();

    [Fact]
    public void Opening_says_who_inspected_whom_when_and_the_feedback()
    {
        var texts = Texts(Round());

        Assert.Equal("中共某市发展和改革委员会党组关于巡察整改进展情况的通报", texts[0]);
        Assert.Equal("根据巡察工作统一部署，2023年6月5日至9月8日，市委第五巡察组对市发展改革委开展了巡察，并于2023年11月10日反馈了巡察意见。"
            + "按照巡察工作有关要求，现将巡察整改进展情况予以公布。", texts[1]);
        Assert.Equal(["中共某市发展和改革委员会党组", "2024年4月18日"], texts[^2..]);
    }

    [Fact]
    public void A_stay_known_to_the_month_only_is_written_so()
    {
        var texts = Texts(Round() with { StayStart = new DateOnly(2020, 10, 1), StayEnd = new DateOnly(2020, 12, 31) });

        Assert.StartsWith("根据巡察工作统一部署，2020年10月至12月，市委第五巡察组", texts[1]);
    }

    [Fact]
    public void Each_measure_is_enumerated_with_its_latest_progress_and_where_it_stands()
    {
        var texts = Texts(Round(
            new BulletinMeasure("加强理论学习", MeasureKind.Dated, MeasureStatus.Closed, 100, "开展专题学习3次"),
            new BulletinMeasure("完善学习制度;", MeasureKind.Dated, MeasureStatus.InProgress, 40, "已起草制度初稿"),
            new BulletinMeasure("建立长效机制", MeasureKind.LongTerm, MeasureStatus.StageResult, 60, null),
            new BulletinMeasure("开展警示教育", MeasureKind.Dated, MeasureStatus.NotStarted, 0, null)));

        Assert.Contains("（一）关于学习贯彻方面", texts);
        Assert.Contains("1.理论学习不深入问题。", texts);
        Assert.Contains("整改情况：一是加强理论学习。开展专题学习3次。目前已完成整改。二是完善学习制度。已起草制度初稿。目前正在推进。"
            + "三是建立长效机制。该项措施需长期坚持，目前已取得阶段性成效。四是开展警示教育。目前正在推进。", texts);
        Assert.Contains("反馈意见共涉及1个具体问题、4条整改措施。截至2024年4月18日，已有0个问题、1项措施完成整改，"
            + "1项长期坚持措施取得阶段性成效，正在推进措施2项。", texts);
    }

    [Fact]
    public void Enumerators_inside_a_measures_text_do_not_become_measures_of_their_own()
    {
        var texts = Texts(Round(new BulletinMeasure("健全制度", MeasureKind.Dated, MeasureStatus.InProgress, 50,
            "一是修订办法,二是开展培训。一方面抓学习,另一方面抓落实")));

        Assert.Contains("整改情况：一是健全制度。其一是修订办法，其二是开展培训。一则抓学习，再则抓落实。目前正在推进。", texts);
    }

    [Fact]
    public void Empty_narratives_are_written_from_the_ledger_and_the_contact_invites_supervision()
    {
        var texts = Texts(Round(new BulletinMeasure("建立台账", MeasureKind.Dated, MeasureStatus.InProgress, 10, null)));

        Assert.Contains("中共某市发展和改革委员会党组对照反馈意见逐条梳理，细化为1个具体问题、制定1条整改措施，逐项明确责任领导、责任单位、责任人和完成时限，"
            + "建立整改台账，完成一项、销号一项。", texts);
        Assert.Contains(texts, t => t.StartsWith("下一步，中共某市发展和改革委员会党组将紧盯尚未完成的1项整改措施"));
        Assert.Contains("欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。", texts);
    }

    [Fact]
    public void The_offices_narratives_are_printed_line_by_line_without_their_own_part_headings()
    {
        var texts = Texts(Round() with
        {
            OrganisationText = "一、整改工作基本情况\n一是加强组织领导。\r\n\n二是压实整改责任。",
            NextStepsText = "下一步,我们将持续用力。",
            ContactText = "联系电话:0546-8382481",
        });

        var organisation = texts.IndexOf("一、整改工作组织情况");
        Assert.Equal(["一是加强组织领导。", "二是压实整改责任。", "二、市委第五巡察组反馈意见整改落实情况"], texts[(organisation + 1)..(organisation + 4)]);
        Assert.Equal("下一步，我们将持续用力。", texts[texts.IndexOf("三、下步工作打算") + 1]);
        Assert.Contains("欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0546-8382481", texts);
    }

    [Theory]
    [InlineData("完善制度,规范流程", "完善制度，规范流程")]
    [InlineData("投资1,799亿元,9:30召开", "投资1,799亿元，9:30召开")]
    [InlineData("修订(试行)办法", "修订（试行）办法")]
    [InlineData("统一是前提;统一认识", "统一是前提；统一认识")]
    [InlineData("  两行\n 文字 ", "两行文字")]
    public void Text_takes_chinese_punctuation_beside_chinese_characters(string text, string expected) =>
        Assert.Equal(expected, BulletinText.Inner(text));

    [Theory]
    [InlineData("中共东营市发展和改革委员会党组关于巡察整改进展情况的通报", new[] { "中共东营市发展和改革委员会党组", "关于巡察整改进展情况的通报" })]
    [InlineData("某局关于巡察整改进展情况的通报", new[] { "某局关于巡察整改进展情况的通报" })]
    public void A_long_title_breaks_before_guanyu(string title, string[] lines) =>
        Assert.Equal(lines, BulletinComposer.TitleLines(title));
}
