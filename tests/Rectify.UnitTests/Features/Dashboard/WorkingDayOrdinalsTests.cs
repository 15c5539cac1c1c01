using Rectify.Features.Dashboard;
using Rectify.Platform.Calendar;

namespace Rectify.UnitTests.Features.Dashboard;

public class WorkingDayOrdinalsTests
{
    private static readonly WorkingDayCalendar Calendar = CalendarSource.Shipped();

    [Fact]
    public void Differences_of_ordinals_count_the_same_working_days_as_the_calendar()
    {
        var today = new DateOnly(2024, 4, 18);
        var ordinals = WorkingDayOrdinals.Around(today, Calendar);
        var days = Enumerable.Range(0, 500).Select(i => new DateOnly(2023, 9, 1).AddDays(i * 3)).ToList();
        foreach (var from in days.Where((_, i) => i % 7 == 0))
        foreach (var to in days.Where(d => d > from))
            Assert.Equal(Calendar.CountWorkingDays(from, to).Days, ordinals.Of(to) - ordinals.Of(from));
    }

    [Fact]
    public void Working_days_left_counting_today_is_the_difference_from_yesterday()
    {
        // Mon 2024-04-29 to Mon 05-06 across the May Day holiday: 04-29, 04-30, 05-06.
        var today = new DateOnly(2024, 4, 29);
        var ordinals = WorkingDayOrdinals.Around(today, Calendar);
        Assert.Equal(3, ordinals.Of(new DateOnly(2024, 5, 6)) - ordinals.Of(today.AddDays(-1)));
    }
}
