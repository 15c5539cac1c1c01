using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.Features.Dashboard;

/// <summary>
/// Counts measures in SQL, by round and responsible unit, with the closures of each week shown and the lights as the
/// measures' stored warnings (kept by the one rule, <see cref="ScheduledProgress.Lights"/>), so the dashboard counts
/// exactly what the ledger's filters list. One pass over the measures given; no measure is loaded.
/// </summary>
public sealed class LiveCounts
{
    public const int Weeks = 12;

    /// <summary>The Monday that starts the first of the weeks shown.</summary>
    public static DateOnly FirstWeek(DateOnly today) => today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7 * (Weeks - 1));

    /// <summary>Counts as of today, one per round and responsible unit (none: <see cref="Guid.Empty"/>).</summary>
    public async Task<List<KeptCount>> CountAsync(IQueryable<Measure> measures, DateOnly today, CancellationToken ct)
    {
        var firstWeek = FirstWeek(today);
        var firstWeekDay = firstWeek.DayNumber;
        var lit =
            from m in measures
            select new
            {
                m.RoundId,
                m.ResponsibleUnitId,
                m.Status,
                ClosedWeek = m.Status == MeasureStatus.Closed && m.ClosedOn >= firstWeek && m.ClosedOn <= today ? (m.ClosedOn!.Value.DayNumber - firstWeekDay) / 7 : -1,
                Overdue = m.IsOverdue,
                DueSoon = m.IsDueSoon,
                Lagging = m.IsLagging,
            };
        var groups = await lit.GroupBy(m => new { m.RoundId, m.ResponsibleUnitId, m.ClosedWeek }).Select(g => new
        {
            g.Key.RoundId,
            g.Key.ResponsibleUnitId,
            g.Key.ClosedWeek,
            Measures = g.Count(),
            Closed = g.Count(m => m.Status == MeasureStatus.Closed),
            StageResult = g.Count(m => m.Status == MeasureStatus.StageResult),
            InProgress = g.Count(m => m.Status == MeasureStatus.InProgress),
            NotStarted = g.Count(m => m.Status == MeasureStatus.NotStarted),
            PendingReview = g.Count(m => m.Status == MeasureStatus.CloseOutRequested),
            Overdue = g.Count(m => m.Overdue),
            DueSoon = g.Count(m => m.DueSoon),
            Lagging = g.Count(m => m.Lagging),
        })
            .ToListAsync(ct);
        // Grouped by close-out week in SQL (one pass), folded here into one row per round and unit.
        return groups.GroupBy(g => (g.RoundId, UnitId: g.ResponsibleUnitId ?? Guid.Empty)).Select(round =>
        {
            var count = new KeptCount { RoundId = round.Key.RoundId, UnitId = round.Key.UnitId, CountedOn = today };
            foreach (var g in round)
            {
                count.Add(new KeptCount
                {
                    Measures = g.Measures,
                    Closed = g.Closed,
                    StageResult = g.StageResult,
                    InProgress = g.InProgress,
                    NotStarted = g.NotStarted,
                    PendingReview = g.PendingReview,
                    Overdue = g.Overdue,
                    DueSoon = g.DueSoon,
                    Lagging = g.Lagging,
                });
                if (g.ClosedWeek >= 0) count.ClosedPerWeek[g.ClosedWeek] += g.Measures;
            }
            return count;
        }).ToList();
    }
}
