using Rectify.Features.Documents.Parsing;

namespace Rectify.UnitTests.Features.Documents.Parsing;

public class TraditionalTextTests
{
    // A report as a reposting site serves it: traditional characters, pinyin in brackets after a few of them.
    private const string Reposted = """
        中共某縣農業農村局黨組關於縣委第二巡察組巡察反饋意見整改進展情況的通報
        根據縣委統(tǒng)一部署,2022年5月9日至7月8日,縣委第二巡察組對縣農業農村局黨組進行了常規巡察。2022年8月16日,縣委第二巡察組向縣農業農村局黨組反饋了巡察意見。現將整改進展情況予以公佈。
        一、整改工作組織情況
        局黨組把巡察整改作爲重要政治任務,針對反饋的兩個方面十二個問題,制定整改措施。
        二、反饋問題整改落實情況
        (一)貫徹落實鄉村振興戰略方面
        1.高標準農田建設後續管護(hù)不到位的問題。
        整改情況:一是制定管護辦法,明確管護責任。二是開展設施設備排查,建立維修臺賬。
        (二)幹部隊伍建設方面
        1.執法人員業務能力不強的問題。
        整改情況:組織執法人員參加業務培訓(xùn),統一執法文書格式。
        中共某縣農業農村局黨組
        2023年3月6日
        """;

    [Fact]
    public void A_traditional_report_with_pinyin_is_read_in_simplified_characters()
    {
        var r = ReportParser.Parse(Reposted);

        Assert.Equal("中共某县农业农村局党组关于县委第二巡察组巡察反馈意见整改进展情况的通报", r.Title);
        Assert.Equal("中共某县农业农村局党组", r.Issuer);
        Assert.Equal("县委第二巡察组", r.InspectingBody);
        Assert.Equal(("2022-05-09", "2022-07-08", "2022-08-16", "2023-03-06"), (r.StayStart, r.StayEnd, r.FeedbackDate, r.PublishedDate));
        Assert.Equal(["贯彻落实乡村振兴战略方面", "干部队伍建设方面"], r.Sections.Select(s => s.Title));
        Assert.Equal("高标准农田建设后续管护不到位的问题", r.Problems().First().Title);
        Assert.Equal("开展设施设备排查,建立维修台账。", r.Problems().First().Measures[1].Text);
        Assert.Equal("组织执法人员参加业务培训,统一执法文书格式。", r.Problems().Last().Measures.Single().Text);
        Assert.Equal((2, 12), (r.Stated["aspects"], r.Stated["problems"]));
        Assert.Contains(r.Warnings, w => w.Code == "TraditionalConverted");
        Assert.Contains(r.Warnings, w => w.Code == "PinyinRemoved" && w.Message.Contains('3'));
    }

    [Fact]
    public void A_simplified_report_is_left_untouched()
    {
        var r = ReportParser.Parse(SampleReport.Text.Replace("完善制度并严格执行", "完善制度,乾坤未定时仍著力执行"));

        Assert.DoesNotContain(r.Warnings, w => w.Code is "TraditionalConverted" or "PinyinRemoved");
        Assert.Contains("乾坤未定时仍著力执行", r.Problems().ElementAt(1).Measures.Single().Text);
    }

    [Theory]
    [InlineData("開發區(qū)管委會", "开发区管委会")]
    [InlineData("一目瞭然的臺賬", "一目了然的台账")]
    [InlineData("後續跟蹤覈查", "后续跟踪核查")]
    public void Phrases_are_converted_before_characters(string traditional, string simplified)
    {
        var (plain, _) = TraditionalText.WithoutPinyin(traditional);

        Assert.Equal(simplified, TraditionalText.ToSimplified(plain).Text);
    }

    [Fact]
    public void Brackets_holding_latin_words_without_tone_marks_are_kept()
    {
        Assert.Equal("引入社会资本(PPP)和政务服务(app)", TraditionalText.WithoutPinyin("引入社会资本(PPP)和政务服务(app)").Text);
    }
}
