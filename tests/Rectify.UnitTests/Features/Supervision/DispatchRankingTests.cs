using Rectify.Features.Supervision.Dispatches;
using Rectify.Platform.Web;

namespace Rectify.UnitTests.Features.Supervision;

public class DispatchRankingTests
{
    private static UnitTally Tally(string unit, int measures, int closed, int overdue = 0, int stageResult = 0, bool named = true) =>
        new(named ? Guid.NewGuid() : null, unit, measures, closed, stageResult, 0, overdue, 0, 0);

    private static DispatchUnitRow Row(DispatchUnit u) =>
        new(0, u.Rank, u.UnitId, u.Unit, u.Measures, u.Closed, u.StageResult, u.InProgress, u.DueSoon, u.Overdue, u.Lagging, u.CompletedInPeriod, u.CompletionRate);

    [Fact]
    public void Units_rank_by_completion_rate_from_high_to_low()
    {
        var ranked = DispatchRanking.Rank([Tally("甲", 10, 2), Tally("乙", 10, 8), Tally("丙", 10, 5)]);

        Assert.Equal(["乙", "丙", "甲"], ranked.Select(u => u.Unit));
        Assert.Equal([1, 2, 3], ranked.Select(u => u.Rank!.Value));
    }

    [Fact]
    public void At_an_equal_rate_fewer_overdue_measures_rank_first_and_a_full_tie_shares_the_rank()
    {
        var ranked = DispatchRanking.Rank([Tally("甲", 10, 5, overdue: 3), Tally("乙", 4, 2, overdue: 1), Tally("丙", 2, 1, overdue: 1), Tally("丁", 10, 0)]);

        Assert.Equal(["丙", "乙", "甲", "丁"], ranked.Select(u => u.Unit));
        Assert.Equal([1, 1, 3, 4], ranked.Select(u => u.Rank!.Value));
    }

    [Fact]
    public void Rates_are_compared_exactly_not_as_rounded()
    {
        // 66.67% and 66.66…%: both print as 66.7, the first is ahead.
        var ranked = DispatchRanking.Rank([Tally("乙", 3000, 2000), Tally("甲", 3001, 2001)]);

        Assert.Equal(["甲", "乙"], ranked.Select(u => u.Unit));
        Assert.Equal(66.7, ranked[0].CompletionRate);
        Assert.Equal(66.7, ranked[1].CompletionRate);
    }

    [Fact]
    public void Stage_results_of_long_term_measures_count_as_completed_and_the_rest_is_in_progress()
    {
        var unit = DispatchRanking.Rank([Tally("甲", 8, 3, stageResult: 1)]).Single();

        Assert.Equal(50.0, unit.CompletionRate);
        Assert.Equal(4, unit.InProgress);
    }

    [Fact]
    public void Measures_naming_no_unit_are_listed_last_and_not_ranked()
    {
        var ranked = DispatchRanking.Rank([Tally("未明确责任单位", 5, 5, named: false), Tally("甲", 5, 1)]);

        Assert.Equal(["甲", "未明确责任单位"], ranked.Select(u => u.Unit));
        Assert.Null(ranked[1].Rank);
    }

    [Fact]
    public void The_change_shows_places_gained_and_points_of_rate()
    {
        var before = DispatchRanking.Rank([Tally("甲", 10, 2), Tally("乙", 10, 5)]).Select(Row).ToList();
        var now = DispatchRanking.Rank([Tally("甲", 10, 7), Tally("乙", 10, 6)]).Select(Row).ToList();

        var up = DispatchRanking.Change(now.Single(u => u.Unit == "甲"), before.Single(u => u.Unit == "甲"))!;
        var down = DispatchRanking.Change(now.Single(u => u.Unit == "乙"), before.Single(u => u.Unit == "乙"))!;

        Assert.Equal(("↑1", "+50.0", 5), (up.RankText, up.RateText, up.CompletedChange));
        Assert.Equal(("↓1", "+10.0"), (down.RankText, down.RateText));
        Assert.Null(DispatchRanking.Change(now[0], null));
    }

    [Fact]
    public void A_period_ending_before_it_starts_or_after_the_issue_date_is_refused()
    {
        var day = new DateOnly(2024, 4, 18);
        Dispatch Issue(DateOnly from, DateOnly to) => new(Guid.NewGuid(), "整改办", null, null, 1, "通报", from, to, day, Guid.NewGuid(), "张", new DateTimeOffset(day, new TimeOnly(9, 0), TimeSpan.FromHours(8)), null);

        Assert.Equal(DispatchErrors.PeriodReversed, Assert.Throws<RuleViolation>(() => Issue(day, day.AddDays(-1))).Message);
        Assert.Equal(DispatchErrors.PeriodInFuture, Assert.Throws<RuleViolation>(() => Issue(day, day.AddDays(1))).Message);
        Assert.Equal(DispatchErrors.PeriodTooLong, Assert.Throws<RuleViolation>(() => Issue(day.AddDays(-400), day)).Message);
        Assert.Equal(1, Issue(day, day).Number);
    }
}
