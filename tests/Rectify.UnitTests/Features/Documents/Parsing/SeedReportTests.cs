using Rectify.Features.Documents.Parsing;

namespace Rectify.UnitTests.Features.Documents.Parsing;

public class SeedReportTests
{
    [Theory]
    [InlineData("000", "rectification", "1,3,6", 13, 61, "2021-02-19", "2021-03-21", "2021-06-16", "2022-02-22")]
    [InlineData("001", "rectification", "4,16", 36, -1, "2021-04-12", "2021-06-12", "2021-09-02", "2022-02-14")]
    [InlineData("002", "rectification", "3", 10, 22, "2023-06-05", "2023-09-08", "2023-11-10", "2024-04-18")]
    [InlineData("003", "rectification", "3,10", 22, 71, "2020-10", "2020-12", "2021-01-28", "2021-05-12")]
    [InlineData("004", "self-examination", "4", 13, 0, null, null, null, null)]
    public void Each_seed_yields_its_kind_levels_problems_measures_and_dates(string seed, string kind, string levels,
        int problems, int measures, string? stayStart, string? stayEnd, string? feedback, string? published)
    {
        var r = Seeds.Parse(seed);

        Assert.Equal(kind, r.Kind);
        Assert.Equal(levels, string.Join(",", r.Counts.Levels));
        Assert.Equal(problems, r.Counts.Problems);
        if (measures >= 0) Assert.Equal(measures, r.Counts.Measures);
        Assert.Equal(r.Counts.Problems, r.Problems().Count());
        Assert.Equal((stayStart, stayEnd, feedback, published), (r.StayStart, r.StayEnd, r.FeedbackDate, r.PublishedDate));
    }

    [Fact]
    public void Report_002_warns_that_14_problems_and_34_measures_are_stated_but_10_and_22_found()
    {
        var r = Seeds.Parse("002");

        Assert.Equal(14, r.Stated["problems"]);
        Assert.Equal(34, r.Stated["measures"]);
        var differs = r.Warnings.Where(w => w.Code == "StatedDiffers").Select(w => w.Message).ToList();
        Assert.Contains(differs, m => m.Contains("14") && m.Contains("10"));
        Assert.Contains(differs, m => m.Contains("34") && m.Contains("22"));
    }

    [Fact]
    public void Report_002_reads_its_bodies_units_campaign_and_progress_figures()
    {
        var r = Seeds.Parse("002");

        Assert.Equal("中共东营市发展和改革委员会党组", r.Issuer);
        Assert.Equal("市委第五巡察组", r.InspectingBody);
        Assert.Equal("市发展改革委党组", r.InspectedUnit);
        Assert.Equal("七届市委第三轮巡察", r.CampaignName);
        Assert.Equal((13, 33, 1), (r.Stated["problemsCompleted"], r.Stated["measuresCompleted"], r.Stated["measuresInProgress"]));
        Assert.StartsWith("三、下步整改工作打算", r.NextStepsText);
        Assert.StartsWith("欢迎广大干部群众", r.ContactText);
    }

    [Fact]
    public void Report_001_recovers_dates_with_lost_characters_and_warns_where_it_guessed()
    {
        var r = Seeds.Parse("001");

        Assert.Equal(("2021-04-12", "2021-06-12", "2021-09-02"), (r.StayStart, r.StayEnd, r.FeedbackDate));
        var recovered = r.Warnings.Where(w => w.Code == "DateRecovered").ToList();
        Assert.Contains(recovered, w => w.Message.Contains("2021412日") && w.Where == "第8行");
        Assert.Contains(recovered, w => w.Message.Contains("2022214"));
    }

    [Fact]
    public void Report_001_reads_1636_problems_as_16_categories_of_36_with_a_warning()
    {
        var r = Seeds.Parse("001");

        Assert.Equal(16, r.Stated["categories"]);
        Assert.Equal(36, r.Stated["problems"]);
        Assert.Contains(r.Warnings, w => w.Code == "FigureRecovered" && w.Message.Contains("1636"));
        Assert.DoesNotContain(r.Warnings, w => w.Code == "StatedDiffers");
    }

    [Fact]
    public void Report_001_restores_lost_brackets_and_keeps_feedback_words_apart_from_the_title()
    {
        var first = Seeds.Parse("001").Problems().First();

        Assert.Equal("(1)", first.Label);
        Assert.Equal("学习贯彻习近平总书记关于优化营商环境重要讲话及指示精神不深入", first.Title);
        Assert.StartsWith("习近平总书记自2017年以来", first.Feedback);
    }

    [Fact]
    public void Report_001_closing_paragraph_on_next_steps_is_not_a_measure()
    {
        var r = Seeds.Parse("001");

        Assert.StartsWith("我局整改工作取得了一定的成效", r.NextStepsText);
        Assert.Equal(3, r.Problems().Last().Measures.Count);
    }

    [Fact]
    public void Report_003_numbering_in_next_steps_does_not_produce_problems()
    {
        var r = Seeds.Parse("003");

        Assert.Contains("(一)持续抓好整改落实", r.NextStepsText);
        Assert.DoesNotContain(r.Problems(), p => p.Title.Contains("持续抓好整改落实"));
        Assert.Equal(3, r.Sections.Count);
    }

    [Fact]
    public void Report_003_unnumbered_problem_under_category_8_gets_a_synthesized_label()
    {
        var category8 = Seeds.Parse("003").Sections[1].Sections.Single(s => s.Label == "8.");

        var problem = Assert.Single(category8.Problems);
        Assert.Equal("(1)", problem.Label);
        Assert.Equal("针对政务服务大厅制度化、规范化、标准化要求不高的问题", problem.Title);
        Assert.Equal(4, problem.Measures.Count);
    }

    [Fact]
    public void Report_000_sub_unit_measures_keep_their_sub_unit_as_responsible_unit()
    {
        var problem9 = Seeds.Parse("000").Problems().Single(p => p.Label == "(9)");

        Assert.Equal(16, problem9.Measures.Count);
        Assert.Equal(5, problem9.Measures.Count(m => m.Unit == "驻北京办党组"));
        Assert.Equal(5, problem9.Measures.Count(m => m.Unit == "驻上海办党组"));
        Assert.Equal(3, problem9.Measures.Count(m => m.Unit == "驻广州办党组"));
        Assert.Equal(3, problem9.Measures.Count(m => m.Unit == "驻深圳办党组"));
        Assert.All(Seeds.Parse("000").Problems().Where(p => p.Label != "(9)").SelectMany(p => p.Measures), m => Assert.Null(m.Unit));
    }

    [Fact]
    public void Report_000_keeps_the_cut_off_section_with_a_warning()
    {
        var r = Seeds.Parse("000");

        var last = r.Sections[0].Sections[^1];
        Assert.Equal("(三)", last.Label);
        Assert.Empty(last.Problems);
        Assert.Contains(r.Warnings, w => w.Code == "SectionEmpty" && w.Where == "(三)");
        Assert.Equal("省委巡视三组", r.InspectingBody);
    }

    [Fact]
    public void Report_004_is_a_self_examination_titled_by_its_subject_with_problems_and_no_measures()
    {
        var r = Seeds.Parse("004");

        Assert.Equal(ParsedReport.SelfExamination, r.Kind);
        Assert.Equal("坚持问题导向强化责任担当为“富强滨州”建设打造一流营商环境", r.Title);
        Assert.Contains(r.Warnings, w => w.Code == "SelfExamination");
        Assert.Equal(["一方面", "另一方面"], r.Sections[2].Problems.Select(p => p.Label));
        Assert.Equal("齐抓共管格局还未构建", r.Sections[0].Problems[0].Title);
        Assert.All(r.Problems(), p => Assert.Empty(p.Measures));
    }
}
