using Rectify.Features.Documents.Parsing;

namespace Rectify.UnitTests.Features.Documents.Parsing;

public class StatedFigureTests
{
    private static ParsedReport WithOrganisation(string sentence) =>
        ReportParser.Parse(SampleReport.Text.Replace("局党组高度重视,将反馈意见细化为3个具体问题、制定5条整改措施。", sentence));

    private static string Figures(ParsedReport r, params string[] names) =>
        string.Join(",", names.Select(n => r.Stated.TryGetValue(n, out var v) ? $"{n}={v}" : $"{n}=-"));

    [Fact]
    public void Aspects_in_chinese_numerals_with_da_problems_and_refined_tasks_are_read()
    {
        var r = WithOrganisation("局党组对巡察组反馈的三大方面12个问题照单全收,细化为35项具体整改任务。");

        Assert.Equal("aspects=3,problems=12,tasks=35", Figures(r, "aspects", "problems", "tasks"));
    }

    [Fact]
    public void Aspects_categories_and_the_problems_they_were_refined_into_are_told_apart()
    {
        var r = WithOrganisation("巡察组反馈了4个方面12类问题和4条意见建议。局党组逐条研究,细化成39个具体问题,逐一明确责任领导和责任单位,提出了157项整改措施。");

        Assert.Equal("aspects=4,categories=12,problems=39,measures=157", Figures(r, "aspects", "categories", "problems", "measures"));
    }

    [Theory]
    [InlineData("巡察组指出了3个方面12项具体问题。", 3, 12)]
    [InlineData("针对巡察组反馈的两个方面十二个问题,局党组逐项研究。", 2, 12)]
    [InlineData("巡察组共反馈问题三个方面。具体问题二十三个,均已制定整改方案。", 3, 23)]
    public void Figures_are_read_in_chinese_or_arabic_numerals_and_across_sentences(string sentence, int aspects, int problems)
    {
        var r = WithOrganisation(sentence);

        Assert.Equal((aspects, problems), (r.Stated["aspects"], r.Stated["problems"]));
    }

    [Fact]
    public void Completion_figures_read_the_completed_count_after_the_total()
    {
        var r = WithOrganisation("截至目前,12个问题已完成整改10个,27条措施已完成24条,其余正在按计划推进。");

        Assert.Equal("problems=12,problemsCompleted=10,measures=27,measuresCompleted=24",
            Figures(r, "problems", "problemsCompleted", "measures", "measuresCompleted"));
        Assert.Contains(r.Completion, c => c is { Figure: "problems", Stated: 12, Completed: 10 });
        Assert.Contains(r.Completion, c => c is { Figure: "measures", Stated: 27, Completed: 24 });
    }

    [Fact]
    public void Completion_as_a_whole_still_counts_what_is_completed()
    {
        var r = WithOrganisation("目前,已有3个问题、5项措施完成整改。");

        Assert.Equal("problems=-,problemsCompleted=3,measuresCompleted=5", Figures(r, "problems", "problemsCompleted", "measuresCompleted"));
    }

    [Fact]
    public void More_completed_than_stated_is_warned_about()
    {
        var r = WithOrganisation("反馈的3个问题已完成整改4个。");

        Assert.Contains(r.Warnings, w => w.Code == "CompletionExceeds" && w.Message.Contains('3') && w.Message.Contains('4'));
    }

    [Theory]
    [InlineData("2022年3月1日至4月30日,县委提级交叉巡察组对县商务局党组进行了巡察。", "县委提级交叉巡察组")]
    [InlineData("2022年3月1日至4月30日,区委联动巡察组对区商务局党组开展了巡察。", "区委联动巡察组")]
    [InlineData("2022年3月1日至4月30日,中央第十一巡视组对某省进行了常规巡视。", "中央第十一巡视组")]
    [InlineData("2022年3月1日至4月30日,市委第二专项巡察组对县商务局党组进行了专项巡察。", "市委第二专项巡察组")]
    [InlineData("2022年3月1日至4月30日,省政府第三督查组对县商务局开展了实地督查。", "省政府第三督查组")]
    [InlineData("2022年3月1日至4月30日,市审计局审计组对县商务局进行了经济责任审计。", "市审计局审计组")]
    [InlineData("2022年3月1日至4月30日,县委第一轮巡察第二组对县商务局党组进行了巡察。", "县委第一轮巡察第二组")]
    public void Inspection_teams_of_every_kind_are_named(string sentence, string team)
    {
        var r = ReportParser.Parse(SampleReport.Text.Replace("根据县委统一部署,2022年3月1日至4月30日,县委第一巡察组对县商务局党组进行了巡察。", "根据统一部署," + sentence));

        Assert.Equal(team, r.InspectingBody);
    }
}
