namespace Rectify.Platform.Calendar;

/// <summary>Dates are dates in China, whatever the server's zone.</summary>
public static class ChinaClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(this TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    public static DateTimeOffset Now(this TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public static string ToChinese(this DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string ToChinese(this DateOnly? date) => date is { } d ? d.ToChinese() : "";

    /// <summary>A moment as China's wall-clock time: 2024年4月18日 09:30.</summary>
    public static string ToChinese(this DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("yyyy年M月d日 HH:mm");
}
