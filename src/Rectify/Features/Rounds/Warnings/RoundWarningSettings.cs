using Microsoft.EntityFrameworkCore;

namespace Rectify.Features.Rounds.Warnings;

/// <summary>What a round sets for its measures' warnings, with the feedback date that starts undated measures.</summary>
public sealed record RoundWarningSettings(DateOnly? FeedbackDate, int DueSoonDays, int LaggingMargin, int ProgressPeriodMonths)
{
    public MeasureLightInput Input(MeasureStatus status, DateOnly? start, DateOnly? timeLimit, int percent, MeasureKind kind, DateOnly? progressOn,
        DateOnly? closeOutRequestedOn) =>
        new(status, start, FeedbackDate, timeLimit, percent, DueSoonDays, LaggingMargin, kind, progressOn, ProgressPeriodMonths, closeOutRequestedOn);

    public static RoundWarningSettings Of(Round r) => new(r.FeedbackDate, r.DueSoonDays, r.LaggingMargin, r.ProgressPeriodMonths);

    /// <summary>The settings of these rounds by id, read in one query.</summary>
    public static Task<Dictionary<Guid, RoundWarningSettings>> ReadAsync(IQueryable<Round> rounds, CancellationToken ct) =>
        rounds.AsNoTracking()
            .Select(r => new { r.Id, Settings = new RoundWarningSettings(r.FeedbackDate, r.DueSoonDays, r.LaggingMargin, r.ProgressPeriodMonths) })
            .ToDictionaryAsync(r => r.Id, r => r.Settings, ct);
}
