using Rectify.Features.Rounds;

namespace Rectify.Features.Supervision.Warnings;

/// <summary>What a round sets for its measures' warnings, with the feedback date that starts undated measures.</summary>
public sealed record RoundWarningSettings(DateOnly? FeedbackDate, int DueSoonDays, int LaggingMargin, int ProgressPeriodMonths)
{
    public MeasureLightInput Input(MeasureStatus status, DateOnly? start, DateOnly? timeLimit, int percent, MeasureKind kind, DateOnly? progressOn) =>
        new(status, start, FeedbackDate, timeLimit, percent, DueSoonDays, LaggingMargin, kind, progressOn, ProgressPeriodMonths);
}
