using Rectify.Features.Appeals;
using static Rectify.UnitTests.Features.Appeals.AppealBuilder;

namespace Rectify.UnitTests.Features.Appeals;

/// <summary>The lights and flags the list filters on: the SQL condition and the page's light are the same rule.</summary>
public class AppealWarningsTests
{
    [Fact]
    public void The_list_filter_and_the_light_agree_on_every_day_across_the_national_day_holiday()
    {
        var appeals = new[] { new AppealBuilder().Assigned().Build(), new AppealBuilder().Assigned(AppealTier.Difficult).Build(), new AppealBuilder().Replied().Build() };
        for (var today = new DateOnly(2026, 9, 28); today <= new DateOnly(2026, 10, 31); today = today.AddDays(1))
        {
            foreach (var dueSoonDays in new[] { 1, 2 })
            {
                var dueSoon = AppealWarnings.Showing(AppealWarning.DueSoon, today, dueSoonDays, Calendar).Compile();
                var overdue = AppealWarnings.Showing(AppealWarning.Overdue, today, dueSoonDays, Calendar).Compile();
                foreach (var a in appeals)
                {
                    var light = AppealLights.Of(a.State, a.TimeLimit, today, dueSoonDays, Calendar);
                    Assert.True(dueSoon(a) == (light == AppealLight.DueSoon), $"{today} {a.TimeLimit} due soon");
                    Assert.True(overdue(a) == (light == AppealLight.Overdue), $"{today} {a.TimeLimit} overdue");
                }
            }
        }
    }

    [Fact]
    public void A_limit_is_due_soon_when_at_most_the_set_working_days_remain_counting_today()
    {
        // The limit is Friday 2026年10月9日; 1日 to 7日 are the National Day holiday, 8日 and 9日 working days.
        var limit = new DateOnly(2026, 10, 9);
        Assert.Equal(AppealLight.DueSoon, AppealLights.Of(AppealState.Assigned, limit, limit, 1, Calendar));
        Assert.Equal(AppealLight.None, AppealLights.Of(AppealState.Assigned, limit, new DateOnly(2026, 10, 8), 1, Calendar));
        // On a day off, the holiday counts for nothing: two working days remain from 1日 as from 8日.
        Assert.Equal(AppealLight.None, AppealLights.Of(AppealState.Assigned, limit, new DateOnly(2026, 10, 1), 1, Calendar));
        Assert.Equal(AppealLight.DueSoon, AppealLights.Of(AppealState.Assigned, limit, new DateOnly(2026, 10, 1), 2, Calendar));
        Assert.Equal(AppealLight.Overdue, AppealLights.Of(AppealState.Assigned, limit, new DateOnly(2026, 10, 10), 2, Calendar));
    }

    [Fact]
    public void An_appeal_returned_twice_is_flagged_and_so_is_one_reopened_after_an_unsatisfied_rating()
    {
        var returned = new AppealBuilder().Assigned().Then(a => a.Return("不属本单位职责", At(Day))).Build();
        Assert.False(AppealWarnings.IsReturnedTwice(returned.ReturnCount));
        returned.Assign(UnitB, AppealTier.General, null, Deadlines, Calendar, At(Day));
        returned.Return("亦不属本单位职责，应由供电公司办理", At(Day));
        Assert.True(AppealWarnings.IsReturnedTwice(returned.ReturnCount));
        Assert.True(AppealWarnings.Showing(AppealWarning.ReturnedTwice, Day, 1, Calendar).Compile()(returned));

        var rated = new AppealBuilder().ReplyApproved().Build();
        Assert.False(AppealWarnings.Showing(AppealWarning.Reopened, Day, 1, Calendar).Compile()(rated));
        rated.Rate(Rating.Dissatisfied, "电费仍按临时用电收取", At(new DateOnly(2026, 10, 12)));
        Assert.True(AppealWarnings.IsReopened(rated.State, rated.HandlingRound));
        Assert.True(AppealWarnings.Showing(AppealWarning.Reopened, Day, 1, Calendar).Compile()(rated));
        rated.Assign(UnitA, AppealTier.General, null, Deadlines, Calendar, At(new DateOnly(2026, 10, 12)));
        Assert.True(AppealWarnings.IsReopened(rated.State, rated.HandlingRound));
        Assert.True(AppealWarnings.Showing(AppealWarning.Reopened, Day, 1, Calendar).Compile()(rated));
    }
}
