using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Rectify.Features.Rounds;

namespace Rectify.Features.Documents.Excel;

/// <summary>What a 完成时限 cell says: a kind of measure stated in words, a date, both empty (nothing written), or unreadable.</summary>
public readonly record struct TimeLimitCell(MeasureKind? Kind, DateOnly? Date, bool Readable)
{
    public static readonly TimeLimitCell Empty = new(null, null, true);
}

/// <summary>
/// Time limits as offices write them, by stated rules: a day (2025年9月30日, 2025-9-30, 2025/9/30, 2025.9.30, an Excel
/// date), "前/之前/以前" after it changing nothing; a month's end (2025年6月底, 2025年6月末, 2025年12月, 2025年12月前); a
/// year's end (2025年底, 2025年底前, 2025年年底前, 2025年末). 立行立改 in the column means an immediate measure, 长期坚持,
/// 长期 and 持续推进 a long-term one; neither has a date.
/// </summary>
public static partial class SheetDates
{
    public static bool IsNone(string text) => Read(text) is { Date: null, Readable: true };

    public static DateOnly? Parse(string text) => Read(text).Date;

    public static TimeLimitCell Read(string text)
    {
        var t = Normalise(text);
        if (t.Length == 0) return TimeLimitCell.Empty;
        if (t is "立行立改" or "即知即改" or "立即整改") return new(MeasureKind.Immediate, null, true);
        if (t is "长期坚持" or "长期" or "持续推进" or "长期推进" or "持续整改") return new(MeasureKind.LongTerm, null, true);
        if (Day().Match(t) is { Success: true } day)
            return Dated(Make(Number(day, "y"), Number(day, "m"), Number(day, "d")));
        if (MonthEnd().Match(t) is { Success: true } month)
            return Dated(Make(Number(month, "y"), Number(month, "m"), 0));
        if (YearEnd().Match(t) is { Success: true } year)
            return Dated(Make(Number(year, "y"), 12, 31));
        // Excel's serial dates: days since 1899-12-30, in the years a time limit can fall in.
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 36526 and < 73051)
            return Dated(DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))));
        return new(null, null, false);
    }

    private static TimeLimitCell Dated(DateOnly? date) => date is null ? new(null, null, false) : new(MeasureKind.Dated, date, true);

    /// <summary>Day 0 is the month's last day.</summary>
    private static DateOnly? Make(int year, int month, int day)
    {
        if (year is < 2000 or > 2099 || month is < 1 or > 12) return null;
        var last = DateTime.DaysInMonth(year, month);
        if (day == 0) day = last;
        return day >= 1 && day <= last ? new DateOnly(year, month, day) : null;
    }

    /// <summary>Full-width digits and signs made plain, spaces and a trailing 前/之前/以前/止 dropped.</summary>
    private static string Normalise(string text)
    {
        var t = new string(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
        return Before().Replace(t, "");
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(之前|以前|前|止|为止)$")]
    private static partial Regex Before();

    [GeneratedRegex(@"^(?<y>\d{4})(年(?<m>\d{1,2})月(?<d>\d{1,2})日?|[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2}))$")]
    private static partial Regex Day();

    [GeneratedRegex(@"^(?<y>\d{4})(年(?<m>\d{1,2})月(底|末|份|份底)?|[-/.](?<m>\d{1,2}))$")]
    private static partial Regex MonthEnd();

    [GeneratedRegex(@"^(?<y>\d{4})年?(年底|底|年末|末|全年)$")]
    private static partial Regex YearEnd();
}
