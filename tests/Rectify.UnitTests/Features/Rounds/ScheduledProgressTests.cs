using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;

namespace Rectify.UnitTests.Features.Rounds;

public class ScheduledProgressTests
{
    private static readonly WorkingDayCalendar Calendar = CalendarSource.Shipped();

    private static MeasureLights Lights(DateOnly limit, DateOnly today, int percent = 0, MeasureStatus status = MeasureStatus.InProgress) =>
        ScheduledProgress.Lights(new MeasureLightInput(status, new DateOnly(2024, 4, 1), null, limit, percent, 5, 20), today, Calendar);

    [Fact]
    public void Past_the_time_limit_and_not_closed_is_overdue()
    {
        Assert.True(Lights(new DateOnly(2024, 4, 10), new DateOnly(2024, 4, 11)).Overdue);
        Assert.False(Lights(new DateOnly(2024, 4, 10), new DateOnly(2024, 4, 10)).Overdue);
        Assert.False(Lights(new DateOnly(2024, 4, 10), new DateOnly(2024, 4, 11), 100, MeasureStatus.Closed).Overdue);
    }

    [Fact]
    public void Due_soon_counts_today_and_skips_the_may_day_holiday()
    {
        // Today Mon 2024-04-29; 04-30 working; 05-01..05-05 off; limit Mon 05-06 → 3 working days left.
        var lights = Lights(new DateOnly(2024, 5, 6), new DateOnly(2024, 4, 29));
        Assert.True(lights.DueSoon);
        Assert.False(lights.Overdue);
    }

    [Fact]
    public void Behind_schedule_by_more_than_the_margin_is_lagging()
    {
        // Half the working days of April have passed: scheduled ~50%; 20% done is lagging, 40% is not.
        Assert.True(Lights(new DateOnly(2024, 4, 30), new DateOnly(2024, 4, 15), 20).Lagging);
        Assert.False(Lights(new DateOnly(2024, 4, 30), new DateOnly(2024, 4, 15), 40).Lagging);
    }

    [Fact]
    public void Exactly_the_margin_behind_schedule_is_not_lagging()
    {
        // 7 of 20 working days elapsed: scheduled 35%, so with a 20-point margin 15% is on the edge and 14% lags.
        var start = new DateOnly(2024, 4, 1);
        var limit = Calendar.AddWorkingDays(start, 20).Date;
        var today = Calendar.AddWorkingDays(start, 7).Date;
        Assert.False(Lights(limit, today, 15).Lagging);
        Assert.True(Lights(limit, today, 14).Lagging);
        Assert.Equal(35, Lights(limit, today, 15).ScheduledPercent);
    }
}
