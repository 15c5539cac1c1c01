using Rectify.Features.Appeals;

namespace Rectify.UnitTests.Features.Appeals;

public class AppealRatesTests
{
    private static readonly Guid Tax = Guid.CreateVersion7();
    private static readonly Guid Land = Guid.CreateVersion7();
    private static readonly DateOnly Limit = new(2026, 11, 13);
    /// <summary>The day the figures are counted: every November handling is past its limit.</summary>
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static HandlingFact Fact(Guid unit, HandlingOutcome outcome, int endedDay, Rating? rating = null, int assignedDay = 10) =>
        new(unit, new DateOnly(2026, 11, assignedDay), Limit, outcome, outcome == HandlingOutcome.Open ? null : new DateOnly(2026, 11, endedDay),
            outcome == HandlingOutcome.Replied ? new DateOnly(2026, 11, endedDay) : null, rating);

    // 税务: 8 assigned in November (one more in October, left out), worked out by hand:
    //   replied on time ×5 (非常满意, 满意, 基本满意, 不满意, 未评价), replied late ×1 (rating not yet in),
    //   returned on time ×1, still open ×1.
    //   响应 = 5 on-time replies + 1 on-time return = 6 of 8 = 75.0%
    //   own = 8 − 1 returned = 7; 办结 = 6 of 7 = 85.7%; 按时办结 = 5 of 7 = 71.4%
    //   rated = 5 (4 grades + 未评价); 满意 = 3 of 5 = 60.0%; 重办 = 1 of 5 = 20.0%; 评价 = 4 of 5 = 80.0%
    private static readonly HandlingFact[] November =
    [
        Fact(Tax, HandlingOutcome.Replied, 11, Rating.VerySatisfied),
        Fact(Tax, HandlingOutcome.Replied, 12, Rating.Satisfied),
        Fact(Tax, HandlingOutcome.Replied, 13, Rating.Basic),
        Fact(Tax, HandlingOutcome.Replied, 13, Rating.Dissatisfied),
        Fact(Tax, HandlingOutcome.Replied, 12, Rating.NotRated),
        Fact(Tax, HandlingOutcome.Replied, 17),
        Fact(Tax, HandlingOutcome.Returned, 11),
        Fact(Tax, HandlingOutcome.Open, 0),
        Fact(Tax, HandlingOutcome.Replied, 12, Rating.VerySatisfied) with { AssignedOn = new DateOnly(2026, 10, 30) },
        // 自然资源: 2 assigned, both replied late and 满意; one transferred away late.
        Fact(Land, HandlingOutcome.Replied, 16, Rating.Satisfied),
        Fact(Land, HandlingOutcome.Replied, 18, Rating.Satisfied),
        Fact(Land, HandlingOutcome.Transferred, 16),
    ];

    [Fact]
    public void A_units_monthly_rates_match_the_figures_worked_out_by_hand()
    {
        var tax = AppealRates.ForMonth(November, 2026, 11, Today).Single(r => r.UnitId == Tax);
        Assert.Equal(8, tax.Assigned);
        Assert.Equal(75.0m, tax.ResponseRate);
        Assert.Equal(85.7m, tax.CompletionRate);
        Assert.Equal(71.4m, tax.OnTimeRate);
        Assert.Equal(60.0m, tax.SatisfactionRate);
        Assert.Equal(20.0m, tax.ReopenRate);
        Assert.Equal(80.0m, tax.EvaluationRate);
    }

    [Fact]
    public void Not_rated_counts_against_satisfaction_and_evaluation_never_for_them()
    {
        var tax = AppealRates.ForMonth(November, 2026, 11, Today).Single(r => r.UnitId == Tax);
        Assert.Equal(5, tax.Rated);
        Assert.Equal(3, tax.Satisfied);
        Assert.Equal(4, tax.Evaluated);
    }

    [Fact]
    public void The_worst_unit_is_the_one_finishing_fewest_on_time()
    {
        var rates = AppealRates.ForMonth(November, 2026, 11, Today);
        var land = rates.Single(r => r.UnitId == Land);
        Assert.Equal(0m, land.ResponseRate);
        Assert.Equal(0m, land.OnTimeRate);
        Assert.Equal(100m, land.CompletionRate);
        Assert.Equal(Land, AppealRates.Worst(rates, 1).Single().UnitId);
    }

    [Fact]
    public void A_rate_with_nothing_to_divide_by_is_empty_not_zero()
    {
        var onlyOpen = AppealRates.ForMonth([Fact(Tax, HandlingOutcome.Open, 0)], 2026, 11, Today).Single();
        Assert.Null(onlyOpen.SatisfactionRate);
        Assert.Equal(0m, onlyOpen.CompletionRate);
    }

    [Fact]
    public void A_period_covering_the_month_gives_the_months_figures()
    {
        var month = AppealRates.ForMonth(November, 2026, 11, Today);
        var period = AppealRates.ForPeriod(November, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Today);
        Assert.Equal(month.OrderBy(r => r.UnitId), period.OrderBy(r => r.UnitId));
    }

    [Fact]
    public void The_total_is_the_share_over_all_counts_not_an_average_of_rates()
    {
        // 税务 6 of 8 responded, 自然资源 0 of 3: together 6 of 11 = 54.5%, not (75.0 + 0) / 2.
        var total = AppealRates.Total(AppealRates.ForMonth(November, 2026, 11, Today));
        Assert.Equal(11, total.Assigned);
        Assert.Equal(54.5m, total.ResponseRate);
        Assert.Equal(7, total.Rated);
    }

    [Fact]
    public void Units_are_listed_best_first_by_on_time_completion()
    {
        var ranked = AppealRates.Ranked(AppealRates.ForMonth(November, 2026, 11, Today)).Select(r => r.UnitId);
        Assert.Equal([Tax, Land], ranked);
    }

    // 税务 on 12日, the day before the limit: 1 replied on time (11日), 1 returned (11日), 2 still open and not yet due.
    //   未到期 = 2; 应响应 = 4 − 2 = 2, 响应 2 of 2 = 100.0%; 应办结 = 4 − 1 returned − 2 pending = 1, 办结 1 of 1 = 100.0%.
    // On 14日, the day after the limit, the two open ones are late: 响应 2 of 4 = 50.0%, 办结 1 of 3 = 33.3%, 按时 1 of 3.
    private static readonly HandlingFact[] MidMonth =
    [
        Fact(Tax, HandlingOutcome.Replied, 11, Rating.Satisfied),
        Fact(Tax, HandlingOutcome.Returned, 11),
        Fact(Tax, HandlingOutcome.Open, 0),
        Fact(Tax, HandlingOutcome.Open, 0),
    ];

    [Fact]
    public void Work_not_yet_due_counts_as_assigned_and_in_no_rate_until_its_limit_passes()
    {
        var before = AppealRates.ForMonth(MidMonth, 2026, 11, new DateOnly(2026, 11, 12)).Single();
        Assert.Equal((4, 2, 2, 1), (before.Assigned, before.Pending, before.Answerable, before.Own));
        Assert.Equal((100.0m, 100.0m, 100.0m), (before.ResponseRate, before.CompletionRate, before.OnTimeRate));

        var onTheLimit = AppealRates.ForMonth(MidMonth, 2026, 11, Limit).Single();
        Assert.Equal(2, onTheLimit.Pending);

        var after = AppealRates.ForMonth(MidMonth, 2026, 11, new DateOnly(2026, 11, 14)).Single();
        Assert.Equal((0, 4, 3), (after.Pending, after.Answerable, after.Own));
        Assert.Equal((50.0m, 33.3m, 33.3m), (after.ResponseRate, after.CompletionRate, after.OnTimeRate));
    }

    [Fact]
    public void A_unit_with_nothing_yet_due_is_nobodys_worst()
    {
        var fresh = AppealRates.ForMonth([Fact(Land, HandlingOutcome.Open, 0), .. MidMonth], 2026, 11, new DateOnly(2026, 11, 12));
        var land = fresh.Single(r => r.UnitId == Land);
        Assert.Null(land.ResponseRate);
        Assert.Null(land.OnTimeRate);
        Assert.DoesNotContain(AppealRates.Worst(fresh, 1), r => r.UnitId == Land);
    }
}
