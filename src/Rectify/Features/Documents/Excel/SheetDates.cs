using System.Globalization;
using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Excel;

/// <summary>Time limits as offices write them: 2024年5月31日, 2024-05-31, 2024/5/31, 2024.5.31, or a date Excel stored as a number.</summary>
public static partial class SheetDates
{
    /// <summary>Words in the 完成时限 column that mean "no date": the export writes 长期坚持 for long-term measures.</summary>
    public static bool IsNone(string text) => text.Length == 0 || text is "长期坚持" or "长期" or "持续推进";

    public static DateOnly? Parse(string text)
    {
        var match = Written().Match(text);
        if (match.Success)
        {
            var (year, month, day) = (Number(match, "y"), Number(match, "m"), Number(match, "d"));
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }
        // Excel's serial dates: days since 1899-12-30, in the years a time limit can fall in.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 36526 and < 73051)
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        return null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})(年(?<m>\d{1,2})月(?<d>\d{1,2})日?|[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2}))$")]
    private static partial Regex Written();
}
