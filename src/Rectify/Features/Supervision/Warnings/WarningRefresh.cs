using Rectify.Features.Dashboard;
using Rectify.Features.Rounds.Warnings;

namespace Rectify.Features.Supervision.Warnings;

/// <summary>
/// Brings the measures' stored warnings up to a day (<see cref="MeasureWarnings"/>, in Rounds, beside the rule) and marks
/// the rounds whose flags changed, batch by batch, so the dashboard's kept counts follow (<see cref="MarkRoundsChanged"/>).
/// Run each day by <c>DailySupervisionJob</c>, by hand with <c>refresh-warnings</c>, and for one round when its settings change.
/// </summary>
public sealed class WarningRefresh(MeasureWarnings warnings, MarkRoundsChanged marks)
{
    /// <param name="roundId">One round only (after its settings change); all rounds when null.</param>
    public Task<WarningRefreshResult> RunAsync(DateOnly today, CancellationToken ct, Guid? roundId = null) =>
        warnings.RefreshAsync(today, roundId, marks.HandleAsync, ct);
}
