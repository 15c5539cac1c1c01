using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Warnings;

/// <summary>
/// Recomputes the stored warnings of every open measure (and clears those of settled ones) as of a day: time passing
/// makes measures due soon, overdue and lagging without anyone touching them. Reads a batch of measures at a time by
/// id and writes only the changed flags, grouped, with set-based updates that bypass the audit (derived data) and every
/// SaveChanges interceptor: so after each batch the caller is told which rounds' flags it changed (the dashboard's kept
/// counts must follow them). The rule itself is <see cref="ScheduledProgress.Lights"/>, as on every save
/// (<see cref="MeasureWarningsInterceptor"/>).
/// </summary>
public sealed class MeasureWarnings(RectifyDbContext db, WorkingDayCalendar calendar)
{
    public const int BatchSize = 10_000;

    /// <param name="roundId">One round only (after its settings change); all rounds when null.</param>
    /// <param name="roundsChanged">Told, after each batch is written, the rounds whose measures' flags it changed.</param>
    public async Task<WarningRefreshResult> RefreshAsync(DateOnly today, Guid? roundId, Func<IReadOnlyList<Guid>, CancellationToken, Task> roundsChanged,
        CancellationToken ct)
    {
        var rounds = await RoundWarningSettings.ReadAsync(db.Set<Round>(), ct);
        var (checkedCount, changed, newlyOverdue) = (0, 0, new List<Guid>());
        Guid? after = null;
        while (true)
        {
            var query = db.Set<Measure>().AsNoTracking().Where(m =>
                (m.Status != MeasureStatus.Closed && m.Status != MeasureStatus.StageResult)
                || m.IsOverdue || m.IsDueSoon || m.IsLagging || m.IsProgressMissing);
            if (roundId is { } only) query = query.Where(m => m.RoundId == only);
            if (after is { } last) query = query.Where(m => m.Id.CompareTo(last) > 0);
            var batch = await query.OrderBy(m => m.Id).Take(BatchSize)
                .Select(m => new
                {
                    m.Id, m.RoundId, m.Status, m.StartDate, m.TimeLimit, m.LatestPercent, m.Kind, m.LatestProgressOn, m.CloseOutRequestedOn,
                    m.IsOverdue, m.IsDueSoon, m.IsLagging, m.IsProgressMissing,
                }).ToListAsync(ct);
            if (batch.Count == 0) break;
            after = batch[^1].Id;
            checkedCount += batch.Count;

            var updates = new List<(Guid Id, Guid RoundId, MeasureLights Lights)>();
            foreach (var m in batch)
            {
                var lights = ScheduledProgress.Lights(rounds[m.RoundId].Input(m.Status, m.StartDate, m.TimeLimit, m.LatestPercent, m.Kind, m.LatestProgressOn, m.CloseOutRequestedOn),
                    today, calendar);
                if (lights.Overdue == m.IsOverdue && lights.DueSoon == m.IsDueSoon && lights.Lagging == m.IsLagging
                    && lights.ProgressMissing == m.IsProgressMissing) continue;
                updates.Add((m.Id, m.RoundId, lights));
                if (lights.Overdue && !m.IsOverdue) newlyOverdue.Add(m.Id);
            }
            foreach (var group in updates.GroupBy(u => (u.Lights.Overdue, u.Lights.DueSoon, u.Lights.Lagging, u.Lights.ProgressMissing)))
            {
                var ids = group.Select(u => u.Id).ToList();
                var (overdue, dueSoon, lagging, missing) = group.Key;
                await db.Set<Measure>().Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.IsOverdue, overdue).SetProperty(m => m.IsDueSoon, dueSoon)
                    .SetProperty(m => m.IsLagging, lagging).SetProperty(m => m.IsProgressMissing, missing)
                    .SetProperty(m => m.WarningsChangedOn, today), ct);
            }
            changed += updates.Count;
            await roundsChanged(updates.Select(u => u.RoundId).Distinct().ToList(), ct);
        }
        return new WarningRefreshResult(checkedCount, changed, newlyOverdue);
    }
}
