using Rectify.Features.Documents.Parsing;

namespace Rectify.UnitTests.Features.Documents.Parsing;

public class NoisyTextTests
{
    private static void AssertSampleStructure(ParsedReport r)
    {
        Assert.Equal([2], r.Counts.Levels);
        Assert.Equal(3, r.Counts.Problems);
        Assert.Equal(5, r.Counts.Measures);
        Assert.Equal(("2022-03-01", "2022-04-30", "2022-06-10", "2022-09-01"), (r.StayStart, r.StayEnd, r.FeedbackDate, r.PublishedDate));
    }

    [Fact]
    public void A_1_dot_problem_level_under_aspects_with_no_category_level_is_read()
    {
        var r = ReportParser.Parse(SampleReport.Text);

        AssertSampleStructure(r);
        Assert.Equal("中共某县商务局党组", r.Issuer);
        Assert.Equal("县商务局党组", r.InspectedUnit);
        Assert.Equal(["一是", "二是"], r.Sections[0].Problems[0].Measures.Select(m => m.Label));
        Assert.Equal("完善制度并严格执行。", r.Sections[0].Problems[1].Measures.Single().Text);
        Assert.DoesNotContain(r.Warnings, w => w.Code == "StatedDiffers");
    }

    [Fact]
    public void Problems_with_no_section_level_at_all_are_kept_in_one_unnumbered_section()
    {
        var text = SampleReport.Text.Replace("(一)政治建设方面\n", "").Replace("(二)作风建设方面\n", "").Replace("1.服务企业", "3.服务企业");

        var r = ReportParser.Parse(text);

        Assert.Empty(r.Counts.Levels);
        Assert.Equal(3, r.Counts.Problems);
        Assert.Equal(["1.", "2.", "3."], r.Sections.Single().Problems.Select(p => p.Label));
        Assert.Contains(r.Warnings, w => w.Code == "ProblemsWithoutSection");
    }

    [Fact]
    public void Web_page_chrome_is_ignored_with_a_warning()
    {
        var text = "首页 > 新闻中心 > 通知公告 > 正文\n字体大小:[大][中][小]\n" + SampleReport.Text + "\n首页\n评论\n分享\nTop\n";

        var r = ReportParser.Parse(text);

        AssertSampleStructure(r);
        Assert.StartsWith("中共某县商务局党组关于", r.Title);
        Assert.Contains(r.Warnings, w => w.Code == "ChromeRemoved");
    }

    [Fact]
    public void Numbering_with_a_lost_opening_bracket_is_read_as_the_problem_level()
    {
        var text = SampleReport.Text.Replace("(一)政治建设方面", "(一)政治建设方面\n1.理论武装方面")
            .Replace("1.理论学习", "1)理论学习").Replace("2.制度执行", "2)制度执行")
            .Replace("(二)作风建设方面\n1.服务企业", "(二)作风建设方面\n1.服务方面\n1)服务企业");

        var r = ReportParser.Parse(text);

        Assert.Equal([2, 2], r.Counts.Levels);
        Assert.Equal(["(1)", "(2)", "(1)"], r.Problems().Select(p => p.Label));
        Assert.Contains(r.Warnings, w => w.Code == "BracketRecovered");
    }

    [Fact]
    public void A_paragraph_broken_across_lines_is_joined_back()
    {
        var text = SampleReport.Text.Replace("坚持每月集中学习一次。", "坚持每月集中\n学习一次。");

        var r = ReportParser.Parse(text);

        AssertSampleStructure(r);
        Assert.Equal("建立学习制度,坚持每月集中学习一次。", r.Sections[0].Problems[0].Measures[0].Text);
        Assert.Contains(r.Warnings, w => w.Code == "LinesJoined");
    }

    [Fact]
    public void Full_width_punctuation_reads_like_half_width()
    {
        var text = SampleReport.Text.Replace('(', '（').Replace(')', '）').Replace(':', '：').Replace(',', '，')
            .Replace("1.", "１．").Replace("2.", "２．").Replace("2022", "２０２２");

        var r = ReportParser.Parse(text);

        AssertSampleStructure(r);
        Assert.Equal("(一)", r.Sections[0].Label);
    }

    [Fact]
    public void A_lost_character_date_with_two_readings_is_left_empty_with_a_warning()
    {
        var text = SampleReport.Text.Replace("6月10日,", "2022111日,");

        var r = ReportParser.Parse(text);

        Assert.Null(r.FeedbackDate);
        Assert.Contains(r.Warnings, w => w.Code == "DateAmbiguous" && w.Message.Contains("2022111日"));
    }

    [Fact]
    public void Dates_given_to_the_month_only_stay_month_dates()
    {
        var text = SampleReport.Text.Replace("2022年3月1日至4月30日", "2022年3月至4月");

        var r = ReportParser.Parse(text);

        Assert.Equal(("2022-03", "2022-04"), (r.StayStart, r.StayEnd));
    }

    [Fact]
    public void Json_output_is_camel_case_indented_and_keeps_chinese_readable()
    {
        var json = ParsedReportJson.Serialize(ReportParser.Parse(SampleReport.Text));

        Assert.Contains("\"kind\": \"rectification\"", json);
        Assert.Contains("\"inspectingBody\": \"县委第一巡察组\"", json);
        Assert.Contains("\"levels\": [", json);
        Assert.Contains("理论学习不深入的问题", json);
    }
}
