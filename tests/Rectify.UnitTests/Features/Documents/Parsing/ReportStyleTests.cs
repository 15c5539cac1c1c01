using Rectify.Features.Documents.Parsing;

namespace Rectify.UnitTests.Features.Documents.Parsing;

public class ReportStyleTests
{
    [Fact]
    public void A_web_page_report_without_parts_is_read_from_its_markers()
    {
        var r = ReportParser.Parse(WebPageReport.Text);

        Assert.Equal([2, 3], r.Counts.Levels);
        Assert.Equal(4, r.Counts.Problems);
        Assert.Equal(6, r.Counts.Measures);
        Assert.Equal("中共某区文化旅游局党组关于巡察整改情况的通报", r.Title);
        Assert.Equal(("2022-09-16", "2022-10-18", "2023-01-17", "2023-05-04"), (r.StayStart, r.StayEnd, r.FeedbackDate, r.PublishedDate));
        Assert.Equal("区委第二巡察组", r.InspectingBody);
        Assert.Equal((4, 3, 1), (r.Stated["problems"], r.Stated["problemsCompleted"], r.Stated["problemsInProgress"]));
        Assert.StartsWith("欢迎广大干部群众", r.ContactText);
    }

    [Fact]
    public void A_numbered_list_after_the_measures_lead_gives_the_measures_and_keeps_responsibility_with_them()
    {
        var problem = ReportParser.Parse(WebPageReport.Text).Problems().Single(p => p.Title.Contains("阵地管理不严"));

        Assert.Equal(["1.", "2."], problem.Measures.Select(m => m.Label));
        Assert.Contains("责任领导:张三", problem.Measures[1].Text);
    }

    [Fact]
    public void A_signature_date_in_chinese_numerals_is_read()
    {
        var r = ReportParser.Parse(SampleReport.Text.Replace("2022年9月1日", "二〇二二年九月一日"));

        Assert.Equal("2022-09-01", r.PublishedDate);
    }

    [Fact]
    public void Organisation_part_with_an_unusual_heading_yields_no_problems()
    {
        var text = SampleReport.Text.Replace("一、整改工作组织情况\n局党组高度重视,",
            "一、以上率下,压实整改政治责任\n(一)强化责任。党组书记带头抓整改。\n(二)细化任务。局党组高度重视,");

        var r = ReportParser.Parse(text);

        Assert.Equal([2], r.Counts.Levels);
        Assert.Equal(3, r.Counts.Problems);
        Assert.Contains("(一)强化责任", r.OrganisationText);
    }

    [Fact]
    public void Several_feedback_parts_become_the_top_section_level()
    {
        var text = SampleReport.Text.Replace("二、反馈问题整改落实情况\n(一)政治建设方面\n", "二、政治建设方面问题的整改情况\n")
            .Replace("(二)作风建设方面\n", "三、作风建设方面问题的整改情况\n").Replace("三、下步工作打算", "四、下步工作打算");

        var r = ReportParser.Parse(text);

        Assert.Equal([2], r.Counts.Levels);
        Assert.Equal(["二、", "三、"], r.Sections.Select(s => s.Label));
        Assert.Equal(5, r.Counts.Measures);
    }

    [Fact]
    public void Stay_dates_without_a_year_take_the_publication_year_with_a_warning()
    {
        var r = ReportParser.Parse(SampleReport.Text.Replace("2022年3月1日至4月30日", "3月1日至4月30日"));

        Assert.Equal(("2022-03-01", "2022-04-30"), (r.StayStart, r.StayEnd));
        Assert.Contains(r.Warnings, w => w.Code == "DateYearInferred");
    }

    [Fact]
    public void A_self_examination_with_parts_takes_its_problems_from_the_problem_part_only()
    {
        const string text = """
            某局领导班子对照检查材料
            按照要求,班子认真查摆问题,现将有关情况报告如下。
            一、存在的主要问题
            (一)理论学习方面。一是学习不够系统。有时以干代学。二是联系实际不够。学用脱节。
            (二)担当作为方面。一方面,创新意识不强。习惯老办法。另一方面,攻坚克难不够。遇到难题绕着走。
            二、问题产生的原因
            (一)理想信念有所弱化。一是放松了学习。
            三、整改措施
            (一)加强理论武装。一是制定学习计划。
            """;

        var r = ReportParser.Parse(text);

        Assert.Equal(ParsedReport.SelfExamination, r.Kind);
        Assert.Equal([2], r.Counts.Levels);
        Assert.Equal(["学习不够系统", "联系实际不够", "创新意识不强", "攻坚克难不够"], r.Problems().Select(p => p.Title));
        Assert.Equal(0, r.Counts.Measures);
    }

    [Fact]
    public void The_feedback_part_is_found_by_its_content_when_headings_mislead()
    {
        var text = SampleReport.Text.Replace("一、整改工作组织情况", "一、提高政治站位,推动反馈问题整改落实")
            .Replace("二、反馈问题整改落实情况", "二、整改任务完成情况");

        var r = ReportParser.Parse(text);

        Assert.Equal([2], r.Counts.Levels);
        Assert.Equal(3, r.Counts.Problems);
        Assert.StartsWith("一、提高政治站位", r.OrganisationText);
    }

    [Fact]
    public void A_feedback_date_written_after_the_word_feedback_is_found()
    {
        var text = SampleReport.Text.Replace("6月10日,县委第一巡察组向县商务局党组反馈了巡察意见", "县委第一巡察组反馈巡察意见的时间为6月10日");

        Assert.Equal("2022-06-10", ReportParser.Parse(text).FeedbackDate);
    }
}
