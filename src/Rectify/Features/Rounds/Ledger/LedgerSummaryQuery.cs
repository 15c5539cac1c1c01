using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>
/// Counts a ledger view in the reports' words. An office's or inspector's whole rounds, unfiltered or with one of the kept
/// views (<see cref="LedgerView"/>), are read from figures kept per round (<see cref="IKeptLedgerFigures"/>) unless
/// <see cref="LedgerFilter.Exact"/> asks for a fresh count; any other view is counted in one statement
/// (<see cref="LedgerFigures.CountAsync"/>), which returns a row per round whatever the size.
/// </summary>
public sealed class LedgerSummaryQuery(RectifyDbContext db, LedgerQuery ledger, RoundAccess access, IKeptLedgerFigures kept, TimeProvider time)
{
    public async Task<LedgerSummary> HandleAsync(LedgerFilter filter, CancellationToken ct)
    {
        var today = time.Today();
        if (filter.RoundId is null && !filter.Exact && LedgerViews.Of(filter) is { } view && await access.WholeRoundsAsync(ct) is { } rounds)
            return (await kept.ReadAsync(rounds, view, today, ct)).Summary([]);

        var counted = await LedgerFigures.CountAsync(await ledger.FilteredAsync(filter with { Page = null, PageSize = null }, today, ct), ct);
        if (filter.RoundId is not { } roundId || LedgerViews.Of(filter) != LedgerView.All) return counted.Summary([]);

        // A whole round: its outline's levels, and every problem of it, also one that has no measure yet.
        var byDepth = await db.Set<Section>().Where(s => s.RoundId == roundId)
            .GroupBy(s => s.Depth).Select(g => new { Depth = g.Key, Count = g.Count(), Name = g.Min(s => s.LevelName) })
            .OrderBy(g => g.Depth).ToListAsync(ct);
        return counted.Summary(byDepth.Select(d => new SectionLevelCount(d.Depth, d.Name ?? "", d.Count)).ToList(),
            await db.Set<Problem>().CountAsync(p => p.RoundId == roundId, ct));
    }
}
