using System.Globalization;
using System.Text.RegularExpressions;
using Rectify.Platform.Calendar;

namespace Rectify.Features.Appeals.Hotline;

/// <summary>
/// 来电时间 as hotline exports write it, in China time: 2026-11-20 09:31:05, 2026/11/20 9:31, 2026年11月20日 9时31分, 2026.11.20, a
/// date alone (midnight), or an Excel date number (46346.396).
/// </summary>
public static partial class HotlineTimes
{
    public static DateTimeOffset? Read(string text)
    {
        var value = text.Trim();
        if (value.Length == 0) return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
            return serial is > 1 and < 2_958_466 ? InChina(DateTime.FromOADate(serial)) : null;
        var match = Pattern().Match(value);
        if (!match.Success) return null;
        int Part(string name, int otherwise = 0) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : otherwise;
        try
        {
            return InChina(new DateTime(Part("y"), Part("m"), Part("d"), Part("h"), Part("min"), Part("s")));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static DateTimeOffset InChina(DateTime local) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaClock.Zone.GetUtcOffset(local));

    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?(?:[\sT]*(?<h>\d{1,2})\s*[:：时]\s*(?<min>\d{1,2})\s*分?(?:\s*[:：]\s*(?<s>\d{1,2})\s*秒?)?)?$")]
    private static partial Regex Pattern();
}
