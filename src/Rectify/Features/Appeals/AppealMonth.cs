using System.Globalization;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>The calendar month the rates are read for, written 2026-11 in addresses and shown 2026年11月.</summary>
public readonly record struct AppealMonth(int Year, int Month)
{
    public DateOnly First => new(Year, Month, 1);
    public DateOnly Last => First.AddMonths(1).AddDays(-1);
    public string Key => $"{Year:D4}-{Month:D2}";
    public string Label => $"{Year}年{Month}月";

    public static AppealMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>A month such as 2026-11, none meaning this month; a month not yet begun is refused.</summary>
    public static AppealMonth Parse(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text)) return Of(today);
        if (!DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || first.Year < 2000)
            throw RuleViolation.Invalid(AppealErrors.MonthInvalid);
        if (first > today) throw RuleViolation.Invalid(AppealErrors.MonthInFuture);
        return Of(first);
    }
}
