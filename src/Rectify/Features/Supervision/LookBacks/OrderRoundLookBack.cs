using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision.LookBacks;

/// <summary>
/// The office orders a look-back of a whole round: every closed measure is due for one today — a look-back already
/// scheduled for it is brought forward, the others are created. Returns how many measures are to be looked back on.
/// </summary>
public sealed class OrderRoundLookBack(RectifyDbContext db, RoundAccess access, TimeProvider time)
{
    public async Task<int> HandleAsync(Guid roundId, CancellationToken ct)
    {
        await access.RoundToChangeAsync(roundId, ct);
        var measures = await db.Set<Measure>().Where(m => m.RoundId == roundId && m.Status == MeasureStatus.Closed)
            .Select(m => m.Id).ToListAsync(ct);
        if (measures.Count == 0) throw RuleViolation.Invalid(LookBackErrors.NothingClosed);
        var (today, now) = (time.Today(), time.GetUtcNow());
        var scheduled = await db.Set<LookBack>().Where(l => l.RoundId == roundId && l.State == LookBackState.Pending).ToListAsync(ct);
        foreach (var lookBack in scheduled) lookBack.BringForward(today);
        var covered = scheduled.Select(l => l.MeasureId).ToHashSet();
        db.AddRange(measures.Where(id => !covered.Contains(id)).Select(id => new LookBack(id, roundId, LookBackKind.RoundReview, today, now)));
        await db.SaveChangesAsync(ct);
        return measures.Count;
    }
}
