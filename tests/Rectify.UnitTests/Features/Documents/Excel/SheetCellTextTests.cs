using Rectify.Features.Documents.Excel;

namespace Rectify.UnitTests.Features.Documents.Excel;

public class SheetCellTextTests
{
    [Theory]
    [InlineData("2024年5月31日", 2024, 5, 31)]
    [InlineData("2024-05-31", 2024, 5, 31)]
    [InlineData("2024/5/31", 2024, 5, 31)]
    [InlineData("2024.5.31", 2024, 5, 31)]
    [InlineData("45443", 2024, 5, 31)]
    public void Time_limits_are_read_as_offices_write_them(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), SheetDates.Parse(text));

    [Theory]
    [InlineData("2024年13月1日")]
    [InlineData("2024-02-30")]
    [InlineData("五月底")]
    [InlineData("12")]
    public void What_is_no_date_is_refused(string text) => Assert.Null(SheetDates.Parse(text));

    [Theory]
    [InlineData("(一)关于作风方面", "(一)", "关于作风方面")]
    [InlineData("二是优化营商环境", "二是", "优化营商环境")]
    [InlineData("3.主体责任不实", "3.", "主体责任不实")]
    [InlineData("第二方面 学习不深入", "第二方面", "学习不深入")]
    public void A_leading_number_is_kept_as_the_label(string text, string label, string rest) =>
        Assert.Equal((label, rest), LabelledText.Split(text, 7, "1."));

    [Fact]
    public void Without_a_leading_number_the_item_is_numbered_in_its_levels_style()
    {
        Assert.Equal(("(三)", "关于作风方面"), LabelledText.Split("关于作风方面", 3, "(一)"));
        Assert.Equal(("二是", "2024年完成清理"), LabelledText.Split("2024年完成清理", 2, "一是"));
    }
}
