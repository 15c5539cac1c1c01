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
    public void A_close_out_requested_on_or_before_the_limit_raises_no_light_while_it_waits()
    {
        var limit = new DateOnly(2024, 4, 10);
        var lights = ScheduledProgress.Lights(new MeasureLightInput(MeasureStatus.CloseOutRequested, new DateOnly(2024, 4, 1), null, limit, 100, 5, 20,
            CloseOutRequestedOn: limit), new DateOnly(2024, 4, 25), Calendar);
        Assert.Equal((false, false, false, false), (lights.Overdue, lights.DueSoon, lights.Lagging, lights.LateCompletion));
    }

    [Fact]
    public void A_close_out_requested_after_the_limit_shows_as_late_completion_not_overdue()
    {
        var lights = ScheduledProgress.Lights(new MeasureLightInput(MeasureStatus.CloseOutRequested, new DateOnly(2024, 4, 1), null,
            new DateOnly(2024, 4, 10), 100, 5, 20, CloseOutRequestedOn: new DateOnly(2024, 4, 11)), new DateOnly(2024, 4, 25), Calendar);
        Assert.True(lights.LateCompletion);
        Assert.False(lights.Overdue);
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

    [Theory]
    // Spring Festival 2024: 02-10..02-17 off, Sun 02-04 and Sun 02-18 worked (调休). Limit Tue 02-20, 5 days' notice.
    [InlineData("2024-02-07", false)] // Wed: 7, 8, 9, 18, 19, 20 → 6 working days left
    [InlineData("2024-02-08", true)]  // Thu: 8, 9, 18, 19, 20 → 5, although 13 calendar days remain
    [InlineData("2024-02-18", true)]  // the worked Sunday itself: 18, 19, 20 → 3
    public void Due_soon_counts_working_days_across_the_spring_festival_and_its_worked_sundays(string today, bool dueSoon)
    {
        var lights = ScheduledProgress.Lights(new MeasureLightInput(MeasureStatus.InProgress, new DateOnly(2024, 1, 2), null,
            new DateOnly(2024, 2, 20), 100, 5, 20), DateOnly.Parse(today), Calendar);

        Assert.Equal(dueSoon, lights.DueSoon);
    }

    [Fact]
    public void The_spring_festival_does_not_count_toward_the_schedule()
    {
        // Counting the days after the start (Thu 02-01): 17 working days to Thu 02-29 (02-04 and 02-18 worked, 02-10..02-17
        // off); by Mon 02-19, 9 of them (2, 4, 5, 6, 7, 8, 9, 18, 19): 53%, where plain weekdays would say 12 of 20 (60%).
        var lights = ScheduledProgress.Lights(new MeasureLightInput(MeasureStatus.InProgress, new DateOnly(2024, 2, 1), null,
            new DateOnly(2024, 2, 29), 30, 5, 20), new DateOnly(2024, 2, 19), Calendar);

        Assert.Equal(53, lights.ScheduledPercent);
        Assert.True(lights.Lagging); // 30% < 53% − 20
    }

    [Theory]
    [InlineData("2024-04-15", false)]
    [InlineData("2024-04-16", true)]
    public void A_long_term_measure_silent_for_more_than_its_period_is_missing_progress(string today, bool missing)
    {
        var input = new MeasureLightInput(MeasureStatus.InProgress, null, new DateOnly(2023, 11, 10), null, 40, 5, 20,
            MeasureKind.LongTerm, LatestProgressOn: new DateOnly(2024, 1, 15), ProgressPeriodMonths: 3);

        var lights = ScheduledProgress.Lights(input, DateOnly.Parse(today), Calendar);

        Assert.Equal(missing, lights.ProgressMissing);
        Assert.False(lights.Overdue || lights.DueSoon || lights.Lagging);
        Assert.False(ScheduledProgress.Lights(input with { Status = MeasureStatus.StageResult }, DateOnly.Parse(today), Calendar).ProgressMissing);
        Assert.False(ScheduledProgress.Lights(input with { Kind = MeasureKind.Dated }, DateOnly.Parse(today), Calendar).ProgressMissing);
    }

    [Fact]
    public void Before_any_progress_a_long_term_measure_counts_from_the_feedback()
    {
        var input = new MeasureLightInput(MeasureStatus.NotStarted, null, new DateOnly(2023, 11, 10), null, 0, 5, 20, MeasureKind.LongTerm);

        Assert.False(ScheduledProgress.Lights(input, new DateOnly(2024, 2, 10), Calendar).ProgressMissing);
        Assert.True(ScheduledProgress.Lights(input, new DateOnly(2024, 2, 11), Calendar).ProgressMissing);
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
