using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.Features.Supervision.LookBacks;

/// <summary>
/// Schedules a look-back whenever a measure is closed (销号), its round's months later, and cancels the pending ones of
/// a measure that goes back to work — in the same SaveChanges as the change, whichever page or API made it.
/// </summary>
public sealed class LookBackScheduler(TimeProvider time) : SavingInterceptor
{
    protected override async Task ApplyAsync(DbContext context, CancellationToken ct)
    {
        var changed = context.ChangeTracker.Entries<Measure>()
            .Where(e => e.State == EntityState.Modified && e.Property(m => m.Status).IsModified)
            .Select(e => (Measure: e.Entity, Before: e.Property(m => m.Status).OriginalValue)).ToList();
        if (changed.Count == 0) return;

        var closed = changed.Where(c => c.Measure.Status == MeasureStatus.Closed && c.Before != MeasureStatus.Closed).Select(c => c.Measure).ToList();
        if (closed.Count > 0)
        {
            var roundIds = closed.Select(m => m.RoundId).Distinct().ToList();
            var months = await context.Set<Round>().AsNoTracking().Where(r => roundIds.Contains(r.Id))
                .ToDictionaryAsync(r => r.Id, r => r.LookBackMonths, ct);
            foreach (var m in closed)
                context.Add(new LookBack(m.Id, m.RoundId, LookBackKind.AfterCloseOut,
                    (m.ClosedOn ?? time.Today()).AddMonths(months.GetValueOrDefault(m.RoundId, 6)), time.GetUtcNow()));
        }

        var reopened = changed.Where(c => c.Before.IsSettled() && !c.Measure.Status.IsSettled()).Select(c => c.Measure.Id).ToList();
        if (reopened.Count > 0)
        {
            var pending = await context.Set<LookBack>().Where(l => reopened.Contains(l.MeasureId) && l.State == LookBackState.Pending).ToListAsync(ct);
            foreach (var lookBack in pending) lookBack.Cancel();
        }
    }
}
