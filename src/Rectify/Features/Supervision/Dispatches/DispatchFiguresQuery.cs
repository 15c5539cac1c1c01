using Microsoft.EntityFrameworkCore;
using Rectify.Features.Dashboard;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>
/// What a new dispatch is computed from: one grouped query over the measures in scope by responsible unit (statuses and
/// the stored warnings as conditional counts), rolled up like the dashboard (<see cref="UnitGrouping"/>); and the worst
/// measures, overdue the longest first, then lagging.
/// </summary>
public sealed class DispatchFiguresQuery(RectifyDbContext db)
{
    public const int WorstListed = 20;

    private static readonly MeasureStatus[] OpenStatuses = [MeasureStatus.NotStarted, MeasureStatus.InProgress, MeasureStatus.CloseOutRequested];

    public async Task<IReadOnlyList<UnitTally>> TallyAsync(IQueryable<Measure> measures, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var counts = await measures.GroupBy(m => m.ResponsibleUnitId).Select(g => new
        {
            UnitId = g.Key,
            Measures = g.Count(),
            Closed = g.Count(m => m.Status == MeasureStatus.Closed),
            StageResult = g.Count(m => m.Status == MeasureStatus.StageResult),
            DueSoon = g.Count(m => m.IsDueSoon),
            Overdue = g.Count(m => m.IsOverdue),
            Lagging = g.Count(m => m.IsLagging),
            CompletedInPeriod = g.Count(m => (m.Status == MeasureStatus.Closed || m.Status == MeasureStatus.StageResult)
                && m.ClosedOn >= from && m.ClosedOn <= to),
        }).ToListAsync(ct);
        var groups = await UnitGrouping.GroupAsync(db, counts.Select(c => c.UnitId), null, ct);
        return counts.GroupBy(c => groups.GroupOf(c.UnitId)).Select(g => new UnitTally(g.Key, groups.NameOf(g.Key),
            g.Sum(c => c.Measures), g.Sum(c => c.Closed), g.Sum(c => c.StageResult), g.Sum(c => c.DueSoon), g.Sum(c => c.Overdue),
            g.Sum(c => c.Lagging), g.Sum(c => c.CompletedInPeriod))).ToList();
    }

    /// <summary>Overdue measures by time limit (the longest overdue first), then lagging ones nearest their limit, at most <see cref="WorstListed"/>.</summary>
    public async Task<IReadOnlyList<DispatchMeasure>> WorstAsync(IQueryable<Measure> measures, DateOnly today, CancellationToken ct)
    {
        // Overdue measures are open: one walk of the (status, time limit) index per open status, merged here, reads a few
        // rows instead of sorting every overdue measure of the scope (0.4 s for a province).
        var overdue = new List<Worst>();
        foreach (var status in OpenStatuses)
            overdue.AddRange(await Snapshot(measures.Where(m => m.Status == status && m.IsOverdue).OrderBy(m => m.TimeLimit).ThenBy(m => m.Id), WorstListed, ct));
        overdue = overdue.OrderBy(m => m.TimeLimit).ThenBy(m => m.Id).Take(WorstListed).ToList();
        List<Worst> lagging = overdue.Count < WorstListed
            ? await Snapshot(measures.Where(m => m.IsLagging && !m.IsOverdue).OrderBy(m => m.TimeLimit).ThenBy(m => m.LatestPercent).ThenBy(m => m.Id),
                WorstListed - overdue.Count, ct)
            : [];
        return overdue.Select(m => new DispatchMeasure(m.Id, DispatchWarning.Overdue, m.Round, m.Label + m.Text, m.Unit ?? UnitGrouping.NoUnit,
                m.TimeLimit, m.TimeLimit is { } limit ? Math.Max(0, today.DayNumber - limit.DayNumber) : 0, m.LatestPercent))
            .Concat(lagging.Select(m => new DispatchMeasure(m.Id, DispatchWarning.Lagging, m.Round, m.Label + m.Text, m.Unit ?? UnitGrouping.NoUnit,
                m.TimeLimit, 0, m.LatestPercent)))
            .ToList();
    }

    private sealed record Worst(Guid Id, string Round, string Label, string Text, string? Unit, DateOnly? TimeLimit, int LatestPercent);

    private Task<List<Worst>> Snapshot(IQueryable<Measure> ordered, int take, CancellationToken ct) =>
        ordered.Take(take).Select(m => new Worst(m.Id,
                db.Set<Round>().Where(r => r.Id == m.RoundId).Select(r => r.Title).First(), m.Label, m.Text,
                db.Set<Unit>().Where(u => u.Id == m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(), m.TimeLimit, m.LatestPercent))
            .ToListAsync(ct);
}
