namespace Rectify.Features.Supervision.Dispatches;

/// <summary>
/// The ranking rule of the dispatch reports: completion rate from high to low; at an equal rate, fewer overdue
/// measures first; still equal, the same rank (1, 2, 2, 4) in name order. Measures naming no unit are listed last, unranked.
/// </summary>
public static class DispatchRanking
{
    /// <summary>Completed ÷ measures in percent with one decimal, half away from zero.</summary>
    public static double Rate(int completed, int measures) =>
        measures == 0 ? 0 : Math.Round(completed * 1000.0 / measures, MidpointRounding.AwayFromZero) / 10;

    public static IReadOnlyList<DispatchUnit> Rank(IEnumerable<UnitTally> tallies)
    {
        var all = tallies.Where(t => t.Measures > 0).ToList();
        var ranked = all.Where(t => t.UnitId is not null).ToList();
        ranked.Sort((a, b) => Compare(a, b) is var c and not 0 ? c : string.CompareOrdinal(a.Unit, b.Unit));
        var units = new List<DispatchUnit>();
        for (var i = 0; i < ranked.Count; i++)
        {
            var rank = i > 0 && Compare(ranked[i - 1], ranked[i]) == 0 ? units[i - 1].Rank : i + 1;
            units.Add(Unit(ranked[i], rank));
        }
        units.AddRange(all.Where(t => t.UnitId is null).Select(t => Unit(t, null)));
        return units;
    }

    /// <summary>Negative when <paramref name="a"/> ranks before <paramref name="b"/>; rates compared exactly, not rounded.</summary>
    public static int Compare(UnitTally a, UnitTally b)
    {
        var rate = ((long)b.Completed * a.Measures).CompareTo((long)a.Completed * b.Measures);
        return rate != 0 ? rate : a.Overdue.CompareTo(b.Overdue);
    }

    /// <summary>How a unit moved since the previous dispatch of the scope; null when it was not in it.</summary>
    public static DispatchChange? Change(DispatchUnitRow current, DispatchUnitRow? previous) =>
        previous is null ? null : new DispatchChange(previous.Rank,
            current.Rank is { } now && previous.Rank is { } before ? before - now : null,
            Math.Round(current.CompletionRate - previous.CompletionRate, 1), current.Closed + current.StageResult - previous.Closed - previous.StageResult,
            current.Overdue - previous.Overdue);

    private static DispatchUnit Unit(UnitTally t, int? rank) =>
        new(t.UnitId, t.Unit, t.Measures, t.Closed, t.StageResult, t.DueSoon, t.Overdue, t.Lagging, t.CompletedInPeriod, rank);
}
