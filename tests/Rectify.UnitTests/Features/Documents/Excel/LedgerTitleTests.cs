using Rectify.Features.Documents.Excel;

namespace Rectify.UnitTests.Features.Documents.Excel;

public class LedgerTitleTests
{
    [Theory]
    [InlineData("中共东营市发展和改革委员会党组关于市委第五巡察组反馈意见集中整改进展情况的通报", "中共东营市发展和改革委员会党组关于市委第五巡察组反馈意见集中整改台账")]
    [InlineData("中共某局党组关于巡察整改阶段进展情况的通报", "中共某局党组关于巡察整改台账")]
    [InlineData("市委第六巡察组巡察反馈意见整改", "市委第六巡察组巡察反馈意见整改台账")]
    [InlineData("2024年度审计发现问题", "2024年度审计发现问题整改台账")]
    [InlineData(null, "整改台账")]
    public void A_ledger_is_titled_as_a_ledger_not_as_the_report_it_came_from(string? round, string title) =>
        Assert.Equal(title, LedgerColumns.TitleOf(round));
}
