using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>Finds dates written in full, to the month only, without the year, or with characters lost ("2021412日").</summary>
internal static partial class DateFinder
{
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*日)?" +
        @"|(?<y>(?:19|20)\d{2})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})" +
        @"|(?<![\d.])(?<m>\d{1,2})月(?:(?<d>\d{1,2})日)?" +
        @"|(?<![\d.])(?<lost>\d{2,8})(?=日)" +
        @"|(?<![\d.])(?<lostym>(?:19|20)\d{3,4})(?=月)")]
    private static partial Regex DateRx();

    [GeneratedRegex(@"^(?<lost>(?:19|20)\d{4,6})$")]
    private static partial Regex BareDigitsRx();

    [GeneratedRegex(@"(?<y>[〇零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?:(?<d>[一二三四五六七八九十]{1,3})日)?")]
    private static partial Regex ChineseDateRx();

    /// <summary>Rewrites dates in Chinese numerals ("二〇二二年二月十四日") with Arabic digits, before searching.</summary>
    public static string WithArabicDates(string text) => ChineseDateRx().Replace(text, m =>
    {
        var year = string.Concat(m.Groups["y"].Value.Select(c => (char)('0' + "〇一二三四五六七八九".IndexOf(c is '零' ? '〇' : c))));
        var month = ChineseNumerals.Parse(m.Groups["m"].Value);
        var day = m.Groups["d"].Success ? ChineseNumerals.Parse(m.Groups["d"].Value) : null;
        return $"{year}年{month}月" + (day is null ? "" : $"{day}日");
    });

    public static IReadOnlyList<FoundDate> FindAll(string text)
    {
        var found = new List<FoundDate>();
        foreach (Match m in DateRx().Matches(text))
        {
            var date = Read(m);
            if (date is not null) found.Add(date);
        }
        return found;
    }

    /// <summary>A line that holds only a date, as under a signature; lost characters allowed ("2022214").</summary>
    public static FoundDate? ReadDateLine(string line)
    {
        var t = WithArabicDates(line.Replace(" ", ""));
        var bare = BareDigitsRx().Match(t);
        if (bare.Success) return Lost(bare, bare.Groups["lost"].Value, 0);
        var all = FindAll(t);
        return all.Count == 1 && all[0].Index == 0 && all[0].End >= t.Length - 1 && all[0].Year is not null ? all[0] : null;
    }

    /// <summary>Gives every year-less date the year of the nearest full date before it.</summary>
    public static IReadOnlyList<FoundDate> InheritYears(IReadOnlyList<FoundDate> dates)
    {
        int? year = null;
        var result = new List<FoundDate>(dates.Count);
        foreach (var d in dates)
        {
            if (d.Year is not null) year = d.Year;
            result.Add(d.Year is null && year is not null ? d.WithYear(year.Value) : d);
        }
        return result;
    }

    private static FoundDate? Read(Match m)
    {
        if (m.Groups["lost"].Success) return Lost(m, m.Groups["lost"].Value, 1);
        if (m.Groups["lostym"].Success) return LostYearMonth(m);
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : null;
        var month = int.Parse(m.Groups["m"].Value);
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value) : null;
        return IsValid(year ?? 2000, month, day ?? 1)
            ? new FoundDate(m.Index, m.Index + m.Length, m.Value, year, month, day, false, false)
            : null;
    }

    private static FoundDate? Lost(Match m, string digits, int suffix)
    {
        var hasYear = digits.Length >= 5 && (digits.StartsWith("19") || digits.StartsWith("20"));
        int? year = hasYear ? int.Parse(digits[..4]) : null;
        var monthDay = hasYear ? digits[4..] : digits;
        if (monthDay.Length is < 2 or > 4) return null;
        var readings = MonthDayReadings(monthDay, year ?? 2000).ToList();
        if (readings.Count == 0) return null;
        var (month, day) = readings[0];
        return new FoundDate(m.Index, m.Index + m.Length + suffix, m.Value + (suffix > 0 ? "日" : ""), year, month, day, true, readings.Count > 1);
    }

    private static FoundDate? LostYearMonth(Match m)
    {
        var digits = m.Groups["lostym"].Value;
        var month = int.Parse(digits[4..]);
        return month is >= 1 and <= 12
            ? new FoundDate(m.Index, m.Index + m.Length + 1, m.Value + "月", int.Parse(digits[..4]), month, null, true, false)
            : null;
    }

    private static IEnumerable<(int Month, int Day)> MonthDayReadings(string s, int year)
    {
        for (var k = 1; k < s.Length; k++)
        {
            var (m, d) = (s[..k], s[k..]);
            if (m.Length > 2 || d.Length > 2 || m[0] == '0' || d[0] == '0') continue;
            if (IsValid(year, int.Parse(m), int.Parse(d))) yield return (int.Parse(m), int.Parse(d));
        }
    }

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
