using Rectify.Platform.Calendar;

namespace Rectify.Features.Dashboard;

/// <summary>
/// The calendar as a number per date, for SQL: At[d - First] is the count of working days up to d, so the working days in
/// (a, b] are At[b] - At[a]. Grouped queries compare these instead of walking the calendar per measure.
/// </summary>
public sealed class WorkingDayOrdinals
{
    /// <summary>Twenty years each side of today: a date outside reads as NULL in SQL and raises no light.</summary>
    private const int YearsAround = 20;

    private WorkingDayOrdinals(int firstDayNumber, int[] at) => (FirstDayNumber, At) = (firstDayNumber, at);

    public int FirstDayNumber { get; }
    public int[] At { get; }

    public static WorkingDayOrdinals Around(DateOnly today, WorkingDayCalendar calendar)
    {
        var first = today.AddYears(-YearsAround);
        var last = today.AddYears(YearsAround);
        var at = new int[last.DayNumber - first.DayNumber + 1];
        var count = 0;
        for (var i = 0; i < at.Length; i++)
        {
            if (i > 0 && calendar.IsWorkingDay(first.AddDays(i))) count++;
            at[i] = count;
        }
        return new WorkingDayOrdinals(first.DayNumber, at);
    }

    public int Of(DateOnly date) => At[date.DayNumber - FirstDayNumber];
}
