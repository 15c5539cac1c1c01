using Rectify.Platform.Calendar;

namespace Rectify.UnitTests.Platform.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = CalendarSource.Shipped();

    [Fact]
    public void Shipped_data_knows_every_year_from_2018_to_2026()
    {
        for (var year = 2018; year <= 2026; year++) Assert.True(Calendar.IsKnownYear(year), year.ToString());
        Assert.False(Calendar.IsKnownYear(2027));
    }

    [Theory]
    [InlineData("2024-02-12", false)] // 春节 holiday on a Monday
    [InlineData("2024-02-04", true)]  // 调休: Sunday made a working day
    [InlineData("2024-02-18", true)]  // 调休: Sunday after the Spring Festival
    [InlineData("2024-02-17", false)] // plain Saturday
    [InlineData("2024-02-19", true)]  // plain Monday
    [InlineData("2018-12-29", true)]  // a 2018 make-up day listed in the 2019 file
    [InlineData("2018-12-31", false)] // a 2018 holiday listed in the 2019 file
    [InlineData("2026-10-01", false)] // 国庆
    public void Holidays_and_make_up_days_follow_the_official_arrangement(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date)));

    [Fact]
    public void Start_day_is_not_counted_and_day_one_is_the_next_working_day()
    {
        // Friday 2024-04-12 + 1 working day = Monday 2024-04-15.
        Assert.Equal(new DateOnly(2024, 4, 15), Calendar.AddWorkingDays(new DateOnly(2024, 4, 12), 1).Date);
        // Counting from a Saturday: day 1 is Monday.
        Assert.Equal(new DateOnly(2024, 4, 15), Calendar.AddWorkingDays(new DateOnly(2024, 4, 13), 1).Date);
    }

    [Fact]
    public void Time_limit_over_the_spring_festival_skips_the_holiday_and_counts_the_make_up_sunday()
    {
        // From Friday 2024-02-02: Sun 02-04 is a make-up working day, 02-10..02-17 are off, Sun 02-18 works.
        var limit = Calendar.AddWorkingDays(new DateOnly(2024, 2, 2), 7);
        Assert.Equal(new DateOnly(2024, 2, 18), limit.Date);
        Assert.Equal(new DateOnly(2024, 2, 19), Calendar.AddWorkingDays(new DateOnly(2024, 2, 2), 8).Date);
        Assert.False(limit.Uncertain);
    }

    [Fact]
    public void Limit_reaching_into_an_unpublished_year_is_flagged_uncertain()
    {
        var limit = Calendar.AddWorkingDays(new DateOnly(2026, 12, 20), 30);
        Assert.True(limit.Uncertain);
        Assert.Equal(2027, limit.Date.Year);
        Assert.False(Calendar.AddWorkingDays(new DateOnly(2026, 11, 2), 10).Uncertain);
    }

    [Fact]
    public void Unpublished_year_counts_as_plain_weeks()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2027, 1, 1))); // a Friday, no data: counted as working
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2027, 1, 2)));
    }

    [Fact]
    public void Remaining_days_count_today_when_today_is_a_working_day()
    {
        var monday = new DateOnly(2024, 4, 15);
        Assert.Equal(5, Calendar.WorkingDaysRemaining(monday, new DateOnly(2024, 4, 19)).Days);
        Assert.Equal(1, Calendar.WorkingDaysRemaining(monday, monday).Days);
        Assert.Equal(0, Calendar.WorkingDaysRemaining(new DateOnly(2024, 4, 13), new DateOnly(2024, 4, 14)).Days);
    }

    [Fact]
    public void A_newer_year_file_in_the_data_folder_is_loaded()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, "2027.json"),
            """{"year":2027,"papers":[],"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}""");
        var calendar = CalendarSource.Load(folder);
        Assert.True(calendar.IsKnownYear(2027));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void China_date_is_used_whatever_the_server_zone()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2024, 4, 17, 17, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2024, 4, 18), clock.Today());
        Assert.Equal("2024年4月18日", clock.Today().ToChinese());
    }

    /// <summary>Spans counted from the table of running totals equal the day-by-day count, at the table's edges and beyond them.</summary>
    [Theory]
    [InlineData("2024-01-01", "2024-12-31")]
    [InlineData("2024-09-28", "2024-10-08")]
    [InlineData("1999-12-31", "2000-01-05")]
    [InlineData("1999-12-20", "2000-01-05")]
    [InlineData("2100-12-20", "2101-01-05")]
    [InlineData("2018-01-01", "2030-06-30")]
    [InlineData("2026-12-31", "2027-01-04")]
    public void Counted_spans_equal_the_days_counted_one_by_one(string from, string to)
    {
        var (start, end) = (DateOnly.Parse(from), DateOnly.Parse(to));
        var random = new Random(from.GetHashCode() ^ to.GetHashCode());
        for (var i = 0; i < 200; i++)
        {
            var a = start.AddDays(random.Next(0, end.DayNumber - start.DayNumber + 1));
            var b = start.AddDays(random.Next(0, end.DayNumber - start.DayNumber + 1));
            var days = 0;
            var uncertain = false;
            for (var d = a.AddDays(1); d <= b; d = d.AddDays(1))
            {
                if (Calendar.IsWorkingDay(d)) days++;
                uncertain |= !Calendar.IsKnownYear(d.Year);
            }
            Assert.Equal(new CalendarCount(days, uncertain), Calendar.CountWorkingDays(a, b));
        }
    }
}
