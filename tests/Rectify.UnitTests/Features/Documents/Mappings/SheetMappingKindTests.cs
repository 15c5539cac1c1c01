using Rectify.Features.Appeals.Hotline;
using Rectify.Features.Documents.Excel;
using Rectify.Features.Documents.Mappings;
using Rectify.Platform.Web;

namespace Rectify.UnitTests.Features.Documents.Mappings;

public class SheetMappingKindTests
{
    private static ColumnMapping Columns(params (string Field, string Column)[] columns) => new(0, columns.ToDictionary(c => c.Field, c => c.Column));

    [Fact]
    public void A_hotline_mapping_keeps_its_kind_and_takes_the_hotlines_fields()
    {
        var mapping = new SheetMapping(Guid.NewGuid(), "区热线导出", Columns(("联系人", "客户姓名"), ("诉求内容", "G")), HotlineColumns.MappingKind);

        Assert.Equal("hotline", mapping.Kind);
        Assert.Equal("客户姓名", mapping.ToMapping().Columns["联系人"]);
    }

    [Fact]
    public void A_hotline_mapping_naming_a_ledger_field_is_refused()
    {
        var refusal = Assert.Throws<RuleViolation>(() => new SheetMapping(Guid.NewGuid(), "错的", Columns(("整改措施", "C")), HotlineColumns.MappingKind));

        Assert.Equal("没有“整改措施”这一项，无法对应", refusal.Message);
    }

    [Fact]
    public void A_ledger_mapping_still_needs_its_problem_and_measure_columns()
    {
        var refusal = Assert.Throws<RuleViolation>(() => new SheetMapping(Guid.NewGuid(), "台账", Columns(("具体问题", "B")), SheetMappingKind.Ledger));

        Assert.Equal("请为“整改措施”选择对应的列", refusal.Message);
    }

    [Fact]
    public void A_mapping_cannot_change_its_kind_when_renamed()
    {
        var mapping = new SheetMapping(Guid.NewGuid(), "台账", Columns(("具体问题", "B"), ("整改措施", "C")), SheetMappingKind.Ledger);

        Assert.Throws<RuleViolation>(() => mapping.Update("改名", Columns(("联系人", "E")), HotlineColumns.MappingKind));
    }
}
