using Rectify.Features.Documents.Bulletins;
using Rectify.Features.Rounds;

namespace Rectify.UnitTests.Features.Documents.Bulletins;

/// <summary>整改情况 as an office writes it, and what the preview lists before download.</summary>
public sealed class BulletinSentenceTests
{
    private static readonly DateOnly Date = new(2025, 3, 31);

    private static BulletinSource Round(string? organisation, params BulletinMeasure[] measures) => new(RoundKind.Patrol, "县委第二巡察组",
        "县农业农村局", "中共某县农业农村局党组", new DateOnly(2024, 9, 2), new DateOnly(2024, 10, 30), new DateOnly(2024, 12, 6), organisation, null,
        null, [new BulletinSection("落实全面从严治党责任方面", [], [new BulletinProblem("固定资产管理不规范问题", null, measures)])], []);

    private static Bulletin Compose(BulletinSource round) => BulletinComposer.Compose(round, Date);

    private static string Rectification(Bulletin b) => b.Paragraphs.Single(p => p.Text.StartsWith("整改情况")).Text;

    [Fact]
    public void A_measure_with_progress_reads_as_its_headline_what_was_done_and_its_state_without_a_percentage()
    {
        var b = Compose(Round(null, new BulletinMeasure("规范资产入账。对近三年购置的办公设备逐件清点，补登资产卡片", MeasureKind.Dated,
            MeasureStatus.InProgress, 90, "已清点办公设备412件,补登资产卡片37张")));

        Assert.Equal("整改情况：一是规范资产入账。已清点办公设备412件，补登资产卡片37张。目前正在推进。", Rectification(b));
        Assert.DoesNotContain("%", Rectification(b));
    }

    [Fact]
    public void Internal_notes_about_uploads_and_attachments_are_left_out()
    {
        var b = Compose(Round(null, new BulletinMeasure("修订资产管理办法", MeasureKind.Dated, MeasureStatus.Closed, 100,
            "已印发《资产管理办法》,佐证材料已上传,详见附件2;完成率100%")));

        Assert.Equal("整改情况：一是修订资产管理办法。已印发《资产管理办法》。目前已完成整改。", Rectification(b));
    }

    [Fact]
    public void A_text_that_reports_work_done_is_not_followed_by_a_state_it_contradicts_and_the_preview_lists_it()
    {
        var b = Compose(Round(null, new BulletinMeasure("已按照固定资产入账要求对购买的餐桌等进行资产登记", MeasureKind.Dated, MeasureStatus.NotStarted, 0, null)));

        Assert.Equal("整改情况：一是已按照固定资产入账要求对购买的餐桌等进行资产登记。", Rectification(b));
        var check = Assert.Single(b.Checks);
        Assert.Contains("文字称已完成，台账状态为“未启动”", check.Message);
        Assert.StartsWith("问题（一）1.", check.Where);
    }

    [Fact]
    public void A_long_term_measure_reads_as_kept_up_with_results_so_far()
    {
        var b = Compose(Round(null, new BulletinMeasure("常态化开展资产盘点", MeasureKind.LongTerm, MeasureStatus.StageResult, 60, "每季度盘点一次")));

        Assert.Equal("整改情况：一是常态化开展资产盘点。每季度盘点一次。该项措施需长期坚持，目前已取得阶段性成效。", Rectification(b));
    }

    [Fact]
    public void Figures_a_report_once_stated_never_appear_as_todays_totals()
    {
        var b = Compose(Round("对照反馈意见,细化为6个具体问题、制定15条整改措施,明确责任。成立领导小组。截至目前,已有5个问题、14项措施完成整改,正在推进措施1项。",
            new BulletinMeasure("规范资产入账", MeasureKind.Dated, MeasureStatus.Closed, 100, "已补登")));
        var texts = b.Paragraphs.Select(p => p.Text).ToList();

        Assert.Contains("成立领导小组。", texts);
        Assert.DoesNotContain(texts, t => t.Contains("14项措施") || t.Contains("15条整改措施"));
        Assert.Contains("反馈意见共涉及1个具体问题、1条整改措施。截至2025年3月31日，已有1个问题、1项措施完成整改，正在推进措施0项。", texts);
        Assert.Equal(2, b.Checks.Count(c => c.Where == "一、整改工作组织情况"));
    }

    [Fact]
    public void Counts_that_match_the_ledger_stay_in_the_narrative()
    {
        var b = Compose(Round("对照反馈意见,细化为1个具体问题、制定1条整改措施。", new BulletinMeasure("规范资产入账", MeasureKind.Dated, MeasureStatus.Closed, 100, null)));

        Assert.Contains("对照反馈意见，细化为1个具体问题、制定1条整改措施。", b.Paragraphs.Select(p => p.Text));
        Assert.Empty(b.Checks);
    }

    [Fact]
    public void The_offices_rewritten_paragraphs_are_printed_as_written()
    {
        var problemId = Guid.NewGuid();
        var round = Round(null) with
        {
            Sections = [new BulletinSection("落实全面从严治党责任方面", [], [new BulletinProblem("固定资产管理不规范问题", null,
                [new BulletinMeasure("规范资产入账", MeasureKind.Dated, MeasureStatus.InProgress, 50, "已清点")], problemId)])],
        };
        var b = Compose(round with
        {
            Edits = new Dictionary<string, string>
            {
                [BulletinKeys.Opening] = "2024年9月至10月,县委第二巡察组对我局开展了常规巡察。现将整改进展情况予以公布。",
                [BulletinKeys.Problem(problemId)] = "整改情况:一是已完成资产清点,正在补登资产卡片。",
            },
        });

        Assert.Equal("2024年9月至10月，县委第二巡察组对我局开展了常规巡察。现将整改进展情况予以公布。", b.Paragraphs[1].Text);
        Assert.Equal(BulletinKeys.Opening, b.Paragraphs[1].Key);
        Assert.Equal("整改情况：一是已完成资产清点，正在补登资产卡片。", Rectification(b));
    }
}
