using Rectify.Platform.Calendar;

namespace Rectify.Features.Rounds;

/// <summary>
/// 序时进度: the share of a dated measure's working days already elapsed, and the lights that follow: 超期, 临期, 滞后,
/// 逾期完成, and for a long-term measure 未按期报送进展 when no progress came within its period. The one rule for lights
/// (DOMAIN.md, "Working days: how to count"): rows compute it afresh, and the stored flags on <see cref="Measure"/> that
/// every filter, count, reminder, digest, talk proposal and dispatch reads are kept by it.
/// </summary>
public static class ScheduledProgress
{
    /// <summary>Elapsed working days ÷ working days from start to time limit, between 0 and 1; null without both dates.</summary>
    public static double? Share(DateOnly? start, DateOnly? timeLimit, DateOnly today, WorkingDayCalendar calendar)
    {
        if (start is not { } s || timeLimit is not { } limit) return null;
        var total = calendar.CountWorkingDays(s, limit).Days;
        if (total == 0) return today >= limit ? 1 : 0;
        var elapsed = calendar.CountWorkingDays(s, today < limit ? today : limit).Days;
        return Math.Clamp((double)elapsed / total, 0, 1);
    }

    public static MeasureLights Lights(MeasureLightInput m, DateOnly today, WorkingDayCalendar calendar)
    {
        if (m.Status.IsSettled()) return MeasureLights.None;
        // A close-out waiting for review: the unit did its part; in time it raises nothing, after the limit it is 逾期完成.
        if (m.Status == MeasureStatus.CloseOutRequested)
            return MeasureLights.None with { LateCompletion = m.TimeLimit is { } l && m.CloseOutRequestedOn is { } on && on > l };
        var progressMissing = m.Kind == MeasureKind.LongTerm && ProgressMissing(m, today);
        if (m.TimeLimit is not { } limit) return MeasureLights.None with { ProgressMissing = progressMissing };
        var overdue = today > limit;
        var dueSoon = !overdue && calendar.WorkingDaysRemaining(today, limit).Days <= m.DueSoonDays;
        var start = m.StartDate ?? m.FeedbackDate;
        var share = Share(start, limit, today, calendar);
        var lagging = start is { } s && IsLagging(m.LatestPercent, m.LaggingMargin, calendar.CountWorkingDays(s, today < limit ? today : limit).Days,
            calendar.CountWorkingDays(s, limit).Days, today >= limit);
        return new MeasureLights(overdue, dueSoon, lagging, share is { } x ? (int)Math.Round(x * 100) : null, progressMissing);
    }

    /// <summary>
    /// 滞后: percent below the scheduled share by more than the margin, compared in integers (no rounding at the edge) so that
    /// the dashboard's grouped SQL, which applies the same formula, counts exactly the measures the ledger lights.
    /// </summary>
    public static bool IsLagging(int percent, int margin, int elapsedWorkingDays, int totalWorkingDays, bool limitReached) =>
        totalWorkingDays > 0
            ? (percent + margin) * totalWorkingDays < 100 * elapsedWorkingDays
            : percent + margin < (limitReached ? 100 : 0);

    /// <summary>
    /// A long-term measure reports at least once a period (default a quarter): missing when the period since its latest
    /// progress — or since it started, or the feedback, before any — has passed.
    /// </summary>
    private static bool ProgressMissing(MeasureLightInput m, DateOnly today) =>
        (m.LatestProgressOn ?? m.StartDate ?? m.FeedbackDate) is { } since && today > since.AddMonths(m.ProgressPeriodMonths);
}

public sealed record MeasureLightInput(MeasureStatus Status, DateOnly? StartDate, DateOnly? FeedbackDate, DateOnly? TimeLimit,
    int LatestPercent, int DueSoonDays, int LaggingMargin, MeasureKind Kind = MeasureKind.Dated, DateOnly? LatestProgressOn = null,
    int ProgressPeriodMonths = Round.DefaultProgressPeriodMonths, DateOnly? CloseOutRequestedOn = null);

/// <summary>
/// The warnings a measure shows: 超期, 临期, 滞后 with its scheduled percent, 未按期报送进展, and 逾期完成 (a close-out requested
/// after the limit, waiting for review: its own light, neither 超期 nor counted against the unit as overdue).
/// </summary>
public sealed record MeasureLights(bool Overdue, bool DueSoon, bool Lagging, int? ScheduledPercent, bool ProgressMissing = false,
    bool LateCompletion = false)
{
    public static readonly MeasureLights None = new(false, false, false, null);
}
