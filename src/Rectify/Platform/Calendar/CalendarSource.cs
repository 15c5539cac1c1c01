using System.Reflection;

namespace Rectify.Platform.Calendar;

/// <summary>Loads the shipped arrangements and any newer year the admin drops into the data folder.</summary>
public static class CalendarSource
{
    public static WorkingDayCalendar Load(string? extraFolder)
    {
        var years = new Dictionary<int, HolidayYear>();
        var assembly = typeof(CalendarSource).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Calendar.holidays.") && n.EndsWith(".json")))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var year = HolidayYear.Read(stream);
            years[year.Year] = year;
        }
        if (extraFolder is not null && Directory.Exists(extraFolder))
        {
            foreach (var file in Directory.EnumerateFiles(extraFolder, "*.json").Order())
            {
                using var stream = File.OpenRead(file);
                var year = HolidayYear.Read(stream);
                years[year.Year] = year;
            }
        }
        return new WorkingDayCalendar(years.Values.OrderBy(y => y.Year));
    }

    public static WorkingDayCalendar Shipped() => Load(null);
}
