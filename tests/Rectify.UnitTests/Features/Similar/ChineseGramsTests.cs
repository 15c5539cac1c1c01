using Rectify.Features.Similar;

namespace Rectify.UnitTests.Features.Similar;

public class ChineseGramsTests
{
    private const string Commission = "学习贯彻习近平总书记关于优化营商环境的重要论述有差距问题";

    [Fact]
    public void The_same_finding_worded_a_little_differently_in_another_round_scores_high()
    {
        var score = ChineseGrams.Similarity(Commission, null, "学习贯彻习近平总书记关于优化营商环境重要论述存在差距", null);
        Assert.True(score >= 0.8, $"score {score}");
    }

    [Fact]
    public void Findings_about_different_things_score_low()
    {
        var score = ChineseGrams.Similarity(Commission, null, "干部队伍建设不够有力,年轻干部培养选拔力度不够", null);
        Assert.True(score < 0.1, $"score {score}");
    }

    [Fact]
    public void Related_findings_rank_above_unrelated_ones()
    {
        const string query = "政务服务事项办理效率不高,群众办事多头跑";
        var related = ChineseGrams.Similarity(query, null, "政务服务窗口办事效率低,企业群众多头跑、反复跑", null);
        var unrelated = ChineseGrams.Similarity(query, null, "落实全面从严治党主体责任不到位", null);
        Assert.True(related >= 0.3, $"related {related}");
        Assert.True(related > unrelated + 0.2, $"related {related}, unrelated {unrelated}");
    }

    [Fact]
    public void Punctuation_spaces_and_full_width_forms_make_no_difference()
    {
        var plain = ChineseGrams.Similarity("落实ABC制度123不严格", null, "落实ABC制度123不严格", null);
        var noisy = ChineseGrams.Similarity("落实ABC制度123不严格", null, " 落实，ＡＢＣ制度（１２３）不严格。", null);
        Assert.Equal(1.0, plain);
        Assert.Equal(1.0, noisy);
    }

    [Fact]
    public void Filler_words_every_finding_uses_do_not_make_findings_alike()
    {
        Assert.Equal("营商环境的", ChineseGrams.Normalize("营商环境方面存在的问题"));
        var score = ChineseGrams.Similarity("营商环境方面存在的问题不到位", null, "干部作风方面存在的问题不到位", null);
        Assert.True(score < 0.3, $"score {score}");
    }

    [Fact]
    public void A_problem_without_feedback_still_matches_its_twin_with_a_long_feedback()
    {
        var feedback = string.Concat(Enumerable.Repeat("如:某局2022年有3个项目审批超时,某中心窗口人员服务态度生硬。", 4));
        var score = ChineseGrams.Similarity("行政审批服务效率不高", null, "行政审批服务效率不高", feedback);
        Assert.Equal(1.0, score);
    }

    [Fact]
    public void Indexed_grams_are_the_distinct_bigrams_and_stop_at_the_indexed_length()
    {
        Assert.True(ChineseGrams.OfProblem("营商环境,营商环境", null).SetEquals(["营商", "商环", "环境", "境营"]));
        var longText = new string(Enumerable.Range(0, 2000).Select(i => (char)(0x4E00 + i)).ToArray());
        Assert.Equal(ChineseGrams.IndexedLength - 1, ChineseGrams.OfProblem(longText, null).Count);
        Assert.Equal(["党"], ChineseGrams.OfProblem("党", null).ToArray());
        Assert.Empty(ChineseGrams.OfProblem("问题。", "  "));
    }

    [Fact]
    public void Scores_show_as_whole_percentages() => Assert.Equal(67, ChineseGrams.Percent(2.0 / 3));
}
