using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Data;

namespace Rectify.Features.Dashboard;

/// <summary>
/// The counts of whole rounds, read from <see cref="KeptCount"/> where they are current and counted afresh where they are
/// not: a round is counted again when it has a <see cref="RoundChange"/> or was not counted today. The fresh counts are
/// kept for the next request together with the removal of exactly the changes seen before counting, so a change that
/// commits meanwhile stays and its round is counted again next time.
/// </summary>
public sealed class KeptCounts(RectifyDbContext db, LiveCounts live, ILogger<KeptCounts> log)
{
    /// <param name="unitIds">Only measures whose responsible unit is one of these; all when null.</param>
    public async Task<ScopeCounts> ReadAsync(IReadOnlyList<Guid> roundIds, IReadOnlyList<Guid>? unitIds, DateOnly today, CancellationToken ct)
    {
        var (fresh, _, current) = await FreshenAsync(roundIds, today, ct);
        var wanted = unitIds?.ToHashSet();
        var recounted = ScopeCounts.Of(wanted is null ? fresh : fresh.Where(c => wanted.Contains(c.UnitId)));
        return current.Count == 0 ? recounted : recounted.Plus(await SumAsync(current, unitIds, today, ct));
    }

    /// <summary>The summary's figures of each of these whole rounds in one view: the rounds counted afresh, plus the kept ones (rounds without a measure in the view left out).</summary>
    public async Task<IReadOnlyDictionary<Guid, LedgerFigures>> FiguresPerRoundAsync(IReadOnlyList<Guid> roundIds, LedgerView view, DateOnly today,
        CancellationToken ct)
    {
        var (_, freshSummaries, current) = await FreshenAsync(roundIds, today, ct);
        var perRound = freshSummaries.Where(s => s.View == view && s.Measures > 0).ToDictionary(s => s.RoundId, s => s.Figures);
        if (current.Count == 0) return perRound;
        // One row per round at most (a few hundred for a province).
        foreach (var kept in await db.Set<KeptSummary>().AsNoTracking()
                     .Where(c => current.Contains(c.RoundId) && c.View == view && c.CountedOn == today && c.Measures > 0).ToListAsync(ct))
            perRound[kept.RoundId] = kept.Figures;
        return perRound;
    }

    /// <summary>Counts and keeps the rounds that have a change or were not counted today; returns their counts and the rounds still current.</summary>
    private async Task<(List<KeptCount> Fresh, List<KeptSummary> FreshSummaries, List<Guid> Current)> FreshenAsync(
        IReadOnlyList<Guid> roundIds, DateOnly today, CancellationToken ct)
    {
        var changes = await db.Set<RoundChange>().AsNoTracking().Where(c => roundIds.Contains(c.RoundId))
            .Select(c => new { c.Id, c.RoundId }).ToListAsync(ct);
        // Every counted round has its row for no responsible unit, even at zero: one row per round says when it was counted.
        var counted = await db.Set<KeptCount>().AsNoTracking()
            .Where(c => roundIds.Contains(c.RoundId) && c.UnitId == Guid.Empty && c.CountedOn == today)
            .Select(c => c.RoundId).ToListAsync(ct);
        var stale = roundIds.Except(counted).Union(changes.Select(c => c.RoundId)).ToList();
        var current = roundIds.Except(stale).ToList();
        if (stale.Count == 0) return ([], [], current);

        var measures = db.Set<Measure>().AsNoTracking().Where(m => stale.Contains(m.RoundId));
        var fresh = await live.CountAsync(measures, today, ct);
        var summaries = new List<KeptSummary>();
        foreach (var view in Enum.GetValues<LedgerView>())
            summaries.AddRange((await LedgerFigures.PerRoundAsync(LedgerFigures.Within(measures, view), ct))
                .Select(r => KeptSummary.Of(r.Key, view, today, r.Value)));
        await KeepAsync(stale, fresh, summaries, changes.Select(c => c.Id).ToList(), today, ct);
        return (fresh, summaries, current);
    }

    /// <summary>The kept counts of these rounds, summed in SQL per responsible unit and per week.</summary>
    private async Task<ScopeCounts> SumAsync(List<Guid> roundIds, IReadOnlyList<Guid>? unitIds, DateOnly today, CancellationToken ct)
    {
        var kept = db.Set<KeptCount>().AsNoTracking().Where(c => roundIds.Contains(c.RoundId) && c.CountedOn == today);
        if (unitIds is not null) kept = kept.Where(c => unitIds.Contains(c.UnitId));
        // A round's no-unit row at zero only says when it was counted: it is no unit to show.
        var units = await kept.Where(c => c.Measures > 0).GroupBy(c => c.UnitId).Select(g => new
        {
            UnitId = g.Key,
            Measures = g.Sum(c => c.Measures),
            Closed = g.Sum(c => c.Closed),
            StageResult = g.Sum(c => c.StageResult),
            InProgress = g.Sum(c => c.InProgress),
            NotStarted = g.Sum(c => c.NotStarted),
            PendingReview = g.Sum(c => c.PendingReview),
            Overdue = g.Sum(c => c.Overdue),
            DueSoon = g.Sum(c => c.DueSoon),
            Lagging = g.Sum(c => c.Lagging),
        }).ToListAsync(ct);
        var weeks = await kept.GroupBy(c => 1).Select(g => new[]
        {
            g.Sum(c => c.ClosedPerWeek[0]), g.Sum(c => c.ClosedPerWeek[1]), g.Sum(c => c.ClosedPerWeek[2]), g.Sum(c => c.ClosedPerWeek[3]),
            g.Sum(c => c.ClosedPerWeek[4]), g.Sum(c => c.ClosedPerWeek[5]), g.Sum(c => c.ClosedPerWeek[6]), g.Sum(c => c.ClosedPerWeek[7]),
            g.Sum(c => c.ClosedPerWeek[8]), g.Sum(c => c.ClosedPerWeek[9]), g.Sum(c => c.ClosedPerWeek[10]), g.Sum(c => c.ClosedPerWeek[11]),
        }).FirstOrDefaultAsync(ct);
        return new ScopeCounts(
            units.Select(u => new ResponsibleUnitCounts(u.UnitId == Guid.Empty ? null : u.UnitId, u.Measures, u.Closed, u.StageResult,
                u.InProgress, u.NotStarted, u.PendingReview, u.Overdue, u.DueSoon, u.Lagging)).ToList(),
            weeks ?? new int[LiveCounts.Weeks]);
    }

    /// <summary>Replaces the stale rounds' counts and removes the changes counted, in one transaction.</summary>
    private async Task KeepAsync(List<Guid> stale, List<KeptCount> fresh, List<KeptSummary> summaries, List<Guid> changeIds, DateOnly today,
        CancellationToken ct)
    {
        var rows = fresh.Concat(stale.Except(fresh.Where(c => c.UnitId == Guid.Empty).Select(c => c.RoundId))
            .Select(roundId => new KeptCount { RoundId = roundId, UnitId = Guid.Empty, CountedOn = today })).ToList();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Set<KeptCount>().Where(c => stale.Contains(c.RoundId)).ExecuteDeleteAsync(ct);
            await db.Set<KeptSummary>().Where(c => stale.Contains(c.RoundId)).ExecuteDeleteAsync(ct);
            // The rows are added, never edited: no need to compare every tracked row before saving.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AddRange(rows);
            db.AddRange(summaries);
            await db.SaveChangesAsync(ct);
            await db.Set<RoundChange>().Where(c => changeIds.Contains(c.Id)).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            // Another request kept the same rounds at the same moment (its rows collide with ours): its counts are as good,
            // and this request's figures are already counted, so only the keeping is given up.
            log.LogInformation(e, "Dashboard counts of {Rounds} rounds not kept: another request kept them first", stale.Count);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}
