using Rectify.Features.Documents.Excel;
using Rectify.Features.Rounds;

namespace Rectify.UnitTests.Features.Documents.Excel;

/// <summary>How the words offices write in their own sheets' cells are read.</summary>
public class OfficeSheetWordingTests
{
    [Theory]
    [InlineData("2025年6月底", "2025-06-30")]
    [InlineData("2025年6月底前", "2025-06-30")]
    [InlineData("2024年2月底", "2024-02-29")]
    [InlineData("2025年底前", "2025-12-31")]
    [InlineData("2025年底", "2025-12-31")]
    [InlineData("2026年年底前", "2026-12-31")]
    [InlineData("2025年9月30日前", "2025-09-30")]
    [InlineData("2025年9月30日之前", "2025-09-30")]
    [InlineData("2025年12月", "2025-12-31")]
    [InlineData("2025年11月前", "2025-11-30")]
    [InlineData("2025.6.30", "2025-06-30")]
    [InlineData("2025/9/30", "2025-09-30")]
    [InlineData("2025-9-30", "2025-09-30")]
    [InlineData("２０２５年８月１５日", "2025-08-15")]
    [InlineData(" 2025年 10月 ", "2025-10-31")]
    [InlineData("45930", "2025-09-30")]
    public void Date_wordings_become_the_dates_the_rules_state(string cell, string date)
    {
        var read = SheetDates.Read(cell);
        Assert.Equal((MeasureKind.Dated, DateOnly.Parse(date)), (read.Kind, read.Date));
    }

    [Theory]
    [InlineData("立行立改", MeasureKind.Immediate)]
    [InlineData("长期坚持", MeasureKind.LongTerm)]
    [InlineData("长期", MeasureKind.LongTerm)]
    [InlineData("持续推进", MeasureKind.LongTerm)]
    public void Words_in_the_time_column_set_the_kind_and_no_date(string cell, MeasureKind kind) =>
        Assert.Equal(new TimeLimitCell(kind, null, true), SheetDates.Read(cell));

    [Theory]
    [InlineData("2025年秋季")]
    [InlineData("下半年")]
    [InlineData("2025年2月30日")]
    [InlineData("2025年13月")]
    [InlineData("尽快")]
    public void A_wording_no_rule_covers_is_unreadable(string cell) => Assert.False(SheetDates.Read(cell).Readable);

    [Theory]
    [InlineData("投资科、能源科", "投资科", "能源科")]
    [InlineData("投资科，能源科，法规科", "投资科", "能源科|法规科")]
    [InlineData("投资科/能源科", "投资科", "能源科")]
    [InlineData("投资科\n能源科", "投资科", "能源科")]
    [InlineData("投资科牵头，能源科、法规科配合", "投资科", "能源科|法规科")]
    [InlineData("牵头单位：投资科；配合单位：能源科、法规科", "投资科", "能源科|法规科")]
    [InlineData("能源科配合，投资科牵头", "投资科", "能源科")]
    [InlineData("市发展和改革委员会", "市发展和改革委员会", "")]
    public void Several_units_in_one_cell_are_the_responsible_unit_and_the_cooperating_ones(string cell, string responsible, string cooperating)
    {
        var units = SheetUnits.Read(cell);
        Assert.Equal(responsible, units.Responsible);
        Assert.Equal(cooperating, string.Join("|", units.Cooperating));
    }

    [Fact]
    public void A_cell_listing_measures_as_yishi_ershi_is_split_into_one_measure_each()
    {
        var parts = MeasureSplit.Split("一是梳理在建项目审批材料，建立清单；二是对超时办理事项逐件核查。三是每季度通报办理时限。");

        Assert.Equal(["一是梳理在建项目审批材料，建立清单", "二是对超时办理事项逐件核查。", "三是每季度通报办理时限。"], parts);
    }

    [Theory]
    [InlineData("建立统一是非标准的审查机制，二是")]
    [InlineData("一是建立台账，逐项销号")]
    [InlineData("加强管理：一是建立台账；二是定期检查")]
    public void A_cell_that_does_not_begin_with_yishi_and_go_on_with_ershi_stays_one_measure(string cell) =>
        Assert.Equal([cell], MeasureSplit.Split(cell));

    [Theory]
    [InlineData("已完成", "", "已完成", 100, true)]
    [InlineData("已制定工作方案，完成80%", "推进中", "已制定工作方案，完成80%", 80, false)]
    [InlineData("已修订制度2项", "已完成", "已修订制度2项", 100, true)]
    [InlineData("", "正在推进", "正在推进", 0, false)]
    [InlineData("", "推进中\n（超期）", "推进中", 0, false)]
    public void A_progress_or_status_column_becomes_the_measures_progress(string progress, string status, string text, int percent, bool done) =>
        Assert.Equal(new SheetProgress(text, percent, done), SheetProgress.Read(progress, status));

    [Theory]
    [InlineData("", "")]
    [InlineData("", "未启动")]
    public void No_progress_is_no_progress_report(string progress, string status) => Assert.Null(SheetProgress.Read(progress, status));

    [Theory]
    [InlineData("注：完成时限以市委批复为准")]
    [InlineData("填报人：张晓  联系电话：0546-8321234")]
    [InlineData("单位盖章")]
    [InlineData("（盖章）")]
    public void Footnote_and_signature_rows_are_recognised(string text) => Assert.True(SheetRowKinds.IsFootnote(text));

    [Theory]
    [InlineData("一、政治建设方面", 1)]
    [InlineData("（二）落实主体责任不到位", 2)]
    [InlineData("3.资金管理不规范", 3)]
    [InlineData("党风廉政建设", 1)]
    public void Category_levels_follow_their_labels(string text, int level) => Assert.Equal(level, SheetRowKinds.Level(text));
}
