using Rectify.Features.Appeals.Hotline;
using Rectify.Features.Documents;
using Rectify.Features.Documents.Excel;
using static Rectify.UnitTests.Features.Appeals.Hotline.HotlineSheet;

namespace Rectify.UnitTests.Features.Appeals.Hotline;

public class HotlineHeaderTests
{
    private static readonly object[] Title = ["东营市12345政务服务便民热线工单明细（2026年11月）"];

    [Fact]
    public void A_real_export_under_a_title_row_has_its_variant_headers_recognised_in_any_order()
    {
        var grid = Grid(Title, ["序号", "工单号", "受理时间", "企业（单位）名称", "信用代码", "诉求人", "来电号码", "问题分类", "问题描述", "办理单位"]);
        var errors = new List<ImportError>();

        var header = HotlineHeader.Read(grid, null, errors);

        Assert.Empty(errors);
        Assert.Equal(2, header.Row);
        Assert.Equal(
            ["工单编号=B", "来电时间=C", "企业名称=D", "统一社会信用代码=E", "联系人=F", "联系电话=G", "诉求类别=H", "诉求内容=I", "承办单位=J"],
            header.Columns.OrderBy(c => c.Value).Select(c => $"{c.Key}={SheetPreview.Letter(c.Value)}"));
    }

    [Fact]
    public void Headers_broken_over_lines_or_marked_required_are_still_recognised()
    {
        var grid = Grid(["*工单\n编号", "来电 时间：", "企业名称", "联系人", "联系电话(手机)", "来电内容"]);

        var header = HotlineHeader.Read(grid, null, []);

        Assert.Equal(["工单编号", "来电时间", "企业名称", "联系人", "诉求内容"], header.Columns.OrderBy(c => c.Value).Select(c => c.Key));
    }

    [Fact]
    public void A_required_column_no_header_names_is_reported_with_the_headers_it_may_have()
    {
        var grid = Grid(Title, ["工单号", "受理时间", "企业名称", "客户姓名", "来电号码", "问题描述"]);
        var errors = new List<ImportError>();

        HotlineHeader.Read(grid, null, errors);

        var error = Assert.Single(errors);
        Assert.Equal((2, "联系人"), (error.Row, error.Column));
        Assert.Equal("缺少“联系人”列（表头可写联系人、诉求人、来电人、来电人姓名等），请在列对应关系中指定", error.Message);
    }

    [Fact]
    public void A_mapping_by_letter_or_header_text_supplies_the_unrecognised_columns_and_overrides_recognition()
    {
        var grid = Grid(Title, ["工单号", "受理时间", "企业名称", "客户姓名", "来电号码", "问题描述", "补充说明"]);
        var mapping = new ColumnMapping(0, new Dictionary<string, string> { ["联系人"] = "客户姓名", ["诉求内容"] = "G" });
        var errors = new List<ImportError>();

        var header = HotlineHeader.Read(grid, mapping, errors);

        Assert.Empty(errors);
        Assert.Equal(2, header.Row);
        Assert.Equal(4, header.Columns["联系人"]);
        Assert.Equal(7, header.Columns["诉求内容"]);
    }

    [Fact]
    public void A_mapping_naming_a_column_the_header_lacks_or_an_unknown_field_is_refused_with_each_reason()
    {
        var grid = Grid(["工单号", "受理时间", "企业名称", "诉求人", "来电号码", "问题描述"]);
        var mapping = new ColumnMapping(1, new Dictionary<string, string> { ["诉求类别"] = "事项分类", ["满意度"] = "F" });
        var errors = new List<ImportError>();

        HotlineHeader.Read(grid, mapping, errors);

        Assert.Equal(["表头行中找不到“事项分类”列（对应“诉求类别”）", "没有“满意度”这一项，无法对应"], errors.Select(e => e.Message));
    }

    [Fact]
    public void A_sheet_without_any_known_header_asks_for_the_header_row()
    {
        var grid = Grid(["甲", "乙", "丙"], ["1", "2", "3"]);
        var errors = new List<ImportError>();

        HotlineHeader.Read(grid, null, errors);

        Assert.Equal(["前20行中未找到热线工单的表头行（应有工单编号、诉求内容等列），请填写表头所在行和列对应关系"], errors.Select(e => e.Message));
    }
}
