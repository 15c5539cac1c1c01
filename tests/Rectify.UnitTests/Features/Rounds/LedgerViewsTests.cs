using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Ledger;

namespace Rectify.UnitTests.Features.Rounds;

/// <summary>Which ledger filters read the figures kept per round: none, or exactly one of the kept views; nothing else.</summary>
public class LedgerViewsTests
{
    [Fact]
    public void No_filter_is_the_whole_view_and_each_kept_filter_alone_is_its_view()
    {
        Assert.Equal(LedgerView.All, LedgerViews.Of(new LedgerFilter()));
        // Sorting, paging and exactness do not change which measures are in the view.
        Assert.Equal(LedgerView.All, LedgerViews.Of(new LedgerFilter { Sort = "timeLimit", Desc = true, Page = 7, PageSize = 20, After = "x" }));
        Assert.Equal(LedgerView.Open, LedgerViews.Of(new LedgerFilter { Open = true }));
        Assert.Equal(LedgerView.Overdue, LedgerViews.Of(new LedgerFilter { Overdue = true }));
        Assert.Equal(LedgerView.DueSoon, LedgerViews.Of(new LedgerFilter { DueSoon = true }));
        Assert.Equal(LedgerView.Lagging, LedgerViews.Of(new LedgerFilter { Lagging = true }));
        Assert.Equal(LedgerView.ProgressMissing, LedgerViews.Of(new LedgerFilter { ProgressMissing = true }));
    }

    [Fact]
    public void Two_kept_filters_together_or_any_other_filter_are_counted_afresh()
    {
        Assert.Null(LedgerViews.Of(new LedgerFilter { Open = true, Overdue = true }));
        Assert.Null(LedgerViews.Of(new LedgerFilter { Status = MeasureStatus.InProgress }));
        Assert.Null(LedgerViews.Of(new LedgerFilter { UnitId = Guid.NewGuid() }));
        Assert.Null(LedgerViews.Of(new LedgerFilter { Kind = MeasureKind.LongTerm }));
        Assert.Null(LedgerViews.Of(new LedgerFilter { Leader = "李规划" }));
        Assert.Null(LedgerViews.Of(new LedgerFilter { Text = "公务用车" }));
        Assert.Null(LedgerViews.Of(new LedgerFilter { MeasureId = Guid.NewGuid() }));
        Assert.Equal(LedgerView.All, LedgerViews.Of(new LedgerFilter { Text = "  ", Leader = "" }));
    }
}
