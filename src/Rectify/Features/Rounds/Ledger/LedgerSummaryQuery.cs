using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>Counts a ledger view in the reports' words; a handful of grouped queries whatever the size.</summary>
public sealed class LedgerSummaryQuery(RectifyDbContext db, LedgerQuery ledger, TimeProvider time)
{
    public async Task<LedgerSummary> HandleAsync(LedgerFilter filter, CancellationToken ct)
    {
        var today = time.Today();
        var measures = await ledger.FilteredAsync(filter with { Page = null, PageSize = null }, today, ct);
        var buckets = await measures.GroupBy(m => new { m.Status, m.Kind })
            .Select(g => new { g.Key.Status, g.Key.Kind, Count = g.Count(), Overdue = g.Count(m => m.IsOverdue) })
            .ToListAsync(ct);

        // A problem counts as done when every measure of it in this view is: one pass over the view, no second join.
        var problemStats = await measures
            .GroupBy(m => m.ProblemId)
            .Select(g => new
            {
                All = g.Count(),
                Closed = g.Count(m => m.Status == MeasureStatus.Closed),
                Settled = g.Count(m => m.Status == MeasureStatus.Closed || m.Status == MeasureStatus.StageResult),
            }).ToListAsync(ct);

        var levels = new List<SectionLevelCount>();
        var problems = problemStats.Count;
        if (filter.RoundId is { } roundId && IsWholeRound(filter))
        {
            var byDepth = await db.Set<Section>().Where(s => s.RoundId == roundId)
                .GroupBy(s => s.Depth).Select(g => new { Depth = g.Key, Count = g.Count(), Name = g.Min(s => s.LevelName) })
                .OrderBy(g => g.Depth).ToListAsync(ct);
            levels = byDepth.Select(d => new SectionLevelCount(d.Depth, d.Name ?? "", d.Count)).ToList();
            problems = await db.Set<Problem>().CountAsync(p => p.RoundId == roundId, ct);
        }

        int Count(Func<MeasureStatus, MeasureKind, bool> where) => buckets.Where(b => where(b.Status, b.Kind)).Sum(b => b.Count);
        return new LedgerSummary(
            levels, problems, Count((_, _) => true),
            problemStats.Count(p => p.Closed == p.All),
            problemStats.Count(p => p.Settled == p.All && p.Closed < p.All),
            Count((s, _) => s == MeasureStatus.Closed),
            Count((s, k) => s != MeasureStatus.Closed && k != MeasureKind.LongTerm),
            Count((s, k) => s != MeasureStatus.Closed && k == MeasureKind.LongTerm),
            buckets.Sum(b => b.Overdue),
            Count((s, _) => s == MeasureStatus.CloseOutRequested));
    }

    private static bool IsWholeRound(LedgerFilter f) =>
        f.Status is null && !f.Open && f.UnitId is null && f.Kind is null && !f.Overdue && !f.DueSoon && !f.Lagging && !f.ProgressMissing
        && string.IsNullOrWhiteSpace(f.Leader) && string.IsNullOrWhiteSpace(f.Text);
}
