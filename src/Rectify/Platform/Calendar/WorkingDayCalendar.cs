namespace Rectify.Platform.Calendar;

/// <summary>China's working days: Monday to Friday, moved by the official holiday arrangements (调休).</summary>
public sealed class WorkingDayCalendar
{
    // Working days before each date from 2000 to 2100, so that counting a span is one subtraction: the lights of a
    // 2,000-measure sheet counted four million days one by one (half the export's time in the application).
    private static readonly DateOnly TableStart = new(2000, 1, 1), TableEnd = new(2100, 12, 31);
    private readonly Dictionary<DateOnly, bool> exceptions;
    private readonly HashSet<int> knownYears;
    private readonly int[] workingDaysBefore;

    public WorkingDayCalendar(IEnumerable<HolidayYear> years)
    {
        exceptions = [];
        knownYears = [];
        foreach (var year in years)
        {
            knownYears.Add(year.Year);
            // Each entry is keyed by its own date: a year's file can hold days of the neighbouring year.
            foreach (var day in year.Days) exceptions[day.Date] = day.IsOffDay;
        }
        workingDaysBefore = new int[TableEnd.DayNumber - TableStart.DayNumber + 2];
        for (var i = 0; i + 1 < workingDaysBefore.Length; i++)
            workingDaysBefore[i + 1] = workingDaysBefore[i] + (IsWorkingDay(TableStart.AddDays(i)) ? 1 : 0);
    }

    public IReadOnlyCollection<int> KnownYears => knownYears;

    public bool IsKnownYear(int year) => knownYears.Contains(year);

    public bool IsWorkingDay(DateOnly date)
    {
        if (exceptions.TryGetValue(date, out var isOffDay)) return !isOffDay;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>"N working days from S": S itself is not counted; day 1 is the first working day after S.</summary>
    public CalendarDate AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var uncertain = !IsKnownYear(start.Year);
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            uncertain |= !IsKnownYear(date.Year);
            if (IsWorkingDay(date)) counted++;
        }
        return new CalendarDate(date, uncertain);
    }

    /// <summary>Working days in (from, to]: the first date is excluded, the last included.</summary>
    public CalendarCount CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to <= from) return new CalendarCount(0, false);
        var uncertain = false;
        for (var year = from.AddDays(1).Year; year <= to.Year; year++) uncertain |= !IsKnownYear(year);
        if (from >= TableStart.AddDays(-1) && to <= TableEnd)
            return new CalendarCount(WorkingDaysThrough(to) - WorkingDaysThrough(from), uncertain);
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
            if (IsWorkingDay(date)) count++;
        return new CalendarCount(count, uncertain);
    }

    /// <summary>Working days from the table's start through this date (the day before the start: none).</summary>
    private int WorkingDaysThrough(DateOnly date) => workingDaysBefore[date.DayNumber - TableStart.DayNumber + 1];

    /// <summary>Working days left until a time limit, counting today when today is a working day.</summary>
    public CalendarCount WorkingDaysRemaining(DateOnly today, DateOnly timeLimit)
    {
        if (timeLimit < today) return new CalendarCount(0, !IsKnownYear(today.Year));
        return CountWorkingDays(today.AddDays(-1), timeLimit);
    }
}

public readonly record struct CalendarDate(DateOnly Date, bool Uncertain);

public readonly record struct CalendarCount(int Days, bool Uncertain);
