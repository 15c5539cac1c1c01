namespace Rectify.Features.Dashboard;

/// <summary>The counts of a scope: per responsible unit (null: none named), and the closures of each week shown.</summary>
public sealed record ScopeCounts(IReadOnlyList<ResponsibleUnitCounts> Units, IReadOnlyList<int> ClosedPerWeek)
{
    /// <summary>Rows of any rounds and units, summed per unit and per week.</summary>
    public static ScopeCounts Of(IEnumerable<KeptCount> counts)
    {
        var list = counts.ToList();
        var units = list.GroupBy(c => c.UnitId).Select(g => new ResponsibleUnitCounts(
                g.Key == Guid.Empty ? null : g.Key, g.Sum(c => c.Measures), g.Sum(c => c.Closed),
                g.Sum(c => c.StageResult), g.Sum(c => c.InProgress), g.Sum(c => c.NotStarted), g.Sum(c => c.PendingReview),
                g.Sum(c => c.Overdue), g.Sum(c => c.DueSoon), g.Sum(c => c.Lagging)))
            .ToList();
        return new ScopeCounts(units, Enumerable.Range(0, LiveCounts.Weeks).Select(w => list.Sum(c => c.ClosedPerWeek[w])).ToList());
    }

    public ScopeCounts Plus(ScopeCounts other) => new(
        Units.Concat(other.Units).GroupBy(u => u.UnitId).Select(g => new ResponsibleUnitCounts(
                g.Key, g.Sum(c => c.Measures), g.Sum(c => c.Closed), g.Sum(c => c.StageResult), g.Sum(c => c.InProgress),
                g.Sum(c => c.NotStarted), g.Sum(c => c.PendingReview), g.Sum(c => c.Overdue), g.Sum(c => c.DueSoon), g.Sum(c => c.Lagging)))
            .ToList(),
        ClosedPerWeek.Zip(other.ClosedPerWeek, (a, b) => a + b).ToList());
}
