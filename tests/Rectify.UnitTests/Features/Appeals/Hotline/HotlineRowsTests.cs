using Rectify.Features.Appeals;
using Rectify.Features.Appeals.Hotline;
using static Rectify.UnitTests.Features.Appeals.Hotline.HotlineSheet;

namespace Rectify.UnitTests.Features.Appeals.Hotline;

public class HotlineRowsTests
{
    private const string Code = "91370502MA3CBQ2X1Y";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Planning = Guid.NewGuid();
    private static readonly object[] Header = ["工单号", "来电时间", "企业名称", "统一社会信用代码", "诉求人", "来电号码", "问题分类", "问题描述", "承办单位"];

    private static HotlineRows Read(params object[][] rows)
    {
        var grid = Grid([Header, .. rows]);
        var header = HotlineHeader.Read(grid, null, []);
        return new HotlineRows(grid, header, name => name == "规划科" ? Planning : null, Now).Read();
    }

    [Fact]
    public void Good_rows_become_appeal_records_with_the_hotlines_category_words_mapped_and_the_call_time_in_China()
    {
        var rows = Read(
            ["GD2026112000123", "2026-11-20 09:31:05", "东营华腾精密机械有限公司", Code, "郑晓梅", "13905461234", "营商环境/拖欠账款", "区住建局拖欠工程款180万元。多次催要无果！", "规划科"],
            [],
            ["GD2026112000124", 46346.5, "东营市瑞丰化工有限公司", "", "王强", "0546-8221234", "", "申请贷款贴息半年未兑现", ""]);

        Assert.Empty(rows.Errors);
        Assert.Equal(2, rows.RowCount);
        var first = rows.Records[0];
        Assert.Equal((2, AppealCategory.OverduePayments, "区住建局拖欠工程款180万元", Planning), (first.Row, first.Category, first.Title, first.UnitId!.Value));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 31, 5, TimeSpan.FromHours(8)), first.CalledAt);
        var second = rows.Records[1];
        Assert.Equal((4, AppealCategory.Other, (string?)null, (Guid?)null), (second.Row, second.Category, second.CreditCode, second.UnitId));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.FromHours(8)), second.CalledAt);
    }

    [Fact]
    public void Every_wrong_cell_is_listed_with_its_sheet_row_and_cell_and_a_phone_is_quoted_masked()
    {
        var rows = Read(
            ["GD1", "2026-11-20 09:31", "东营华腾精密机械有限公司", "91370502MA3CBQ2X1Z", "郑晓梅", "13905461234", "拖欠账款", "", ""],
            ["GD2", "2026年秋", "东营市瑞丰化工有限公司", "", "王强", "12345", "邻里纠纷", "噪声扰民", "财政局"],
            ["GD1", "2026-12-01", new string('企', 201), "", "", "13905461234", "融资", "贷款难", ""]);

        Assert.Equal(
        [
            "D2单元格“91370502MA3CBQ2X1Z”：统一社会信用代码不正确：应为18位，且末位校验码与前17位相符",
            "H2：诉求内容为空",
            "B3单元格“2026年秋”：来电时间无法识别（可写2026-11-20 09:31、2026/11/20 9:31、2026年11月20日）",
            "F3单元格“*****”：请填写正确的联系电话（7至20位数字，可含“-”）",
            "G3单元格“邻里纠纷”：诉求类别无法识别（应为政策咨询、审批服务、融资、要素保障、执法检查、拖欠账款、涉企收费或其他）",
            "I3单元格“财政局”：承办单位不存在或不在本单位范围内",
            "A4单元格“GD1”：工单编号与第2行重复",
            "B4单元格“2026-12-01”：来电时间晚于当前时间",
            "C4单元格“企企企企企企企企企企企企企企企企企企企企…”：企业名称不能超过200字",
            "E4：联系人为空",
        ], rows.Errors.Select(e => e.Message));
        Assert.Equal([2, 2, 3, 3, 3, 3, 4, 4, 4, 4], rows.Errors.Select(e => e.Row));
        Assert.Empty(rows.Records);
    }

    [Fact]
    public void A_wrong_phone_long_enough_to_show_is_quoted_with_its_middle_masked()
    {
        var rows = Read(["GD9", "2026-11-20", "东营华腾精密机械有限公司", "", "郑晓梅", "139054612345678901234", "融资", "贷款难", ""]);

        Assert.Equal("F2单元格“139****1234”：请填写正确的联系电话（7至20位数字，可含“-”）", Assert.Single(rows.Errors).Message);
    }

    [Theory]
    [InlineData("2026-11-20 09:31:05", "2026-11-20T09:31:05")]
    [InlineData("2026/11/20 9:31", "2026-11-20T09:31:00")]
    [InlineData("2026年11月20日 9时31分", "2026-11-20T09:31:00")]
    [InlineData("2026年11月20日", "2026-11-20T00:00:00")]
    [InlineData("2026.11.20", "2026-11-20T00:00:00")]
    [InlineData("46346.75", "2026-11-20T18:00:00")]
    public void Call_times_as_hotlines_write_them_are_read_in_China_time(string text, string expected)
    {
        var at = HotlineTimes.Read(text);

        Assert.Equal(DateTimeOffset.Parse(expected + "+08:00"), at);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026年2月30日")]
    [InlineData("上周三")]
    public void A_call_time_no_rule_reads_is_none(string text) => Assert.Null(HotlineTimes.Read(text));

    [Theory]
    [InlineData("融资", AppealCategory.Financing)]
    [InlineData("企业服务/拖欠中小企业账款", AppealCategory.OverduePayments)]
    [InlineData("乱收费", AppealCategory.EnterpriseFees)]
    [InlineData("行政审批", AppealCategory.ApprovalService)]
    [InlineData("用地保障", AppealCategory.FactorSupply)]
    [InlineData("行政执法", AppealCategory.LawEnforcement)]
    [InlineData("政策咨询类", AppealCategory.PolicyInquiry)]
    [InlineData("其它", AppealCategory.Other)]
    [InlineData("", AppealCategory.Other)]
    public void A_hotlines_category_words_map_to_ours(string text, AppealCategory expected) => Assert.Equal(expected, HotlineCategories.Read(text));

    [Fact]
    public void A_category_that_is_none_of_ours_is_not_guessed() => Assert.Null(HotlineCategories.Read("邻里纠纷"));
}
