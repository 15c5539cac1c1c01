namespace Rectify.Features.Appeals;

/// <summary>One unit's handling as the monthly rates read it.</summary>
public sealed record HandlingFact(Guid UnitId, DateOnly AssignedOn, DateOnly TimeLimit, HandlingOutcome Outcome, DateOnly? EndedOn,
    DateOnly? RepliedOn, Rating? Rating);

/// <summary>
/// A unit's figures for one month (by the day each handling was assigned). Definitions, also in README.md:
/// 响应率 = handlings the unit answered in time (reply on or before the limit, or returned/transferred on or before it) ÷ assigned;
/// 办结率 = replied ÷ its own (assigned less returned and transferred); 按时办结率 = replied on or before the limit ÷ its own;
/// 满意率 = 非常满意/满意/基本满意 ÷ rated (the five grades and 未评价); 重办率 = 不满意/非常不满意 ÷ rated;
/// 评价率 = rated on the five grades ÷ rated. A rate with nothing to divide by is null (shown as “—”), never 0 or 100%.
/// </summary>
public sealed record UnitMonthRates(Guid UnitId, int Assigned, int Responded, int Own, int Replied, int RepliedOnTime, int Rated,
    int Satisfied, int Reopened, int Evaluated)
{
    public decimal? ResponseRate => Share(Responded, Assigned);
    public decimal? CompletionRate => Share(Replied, Own);
    public decimal? OnTimeRate => Share(RepliedOnTime, Own);
    public decimal? SatisfactionRate => Share(Satisfied, Rated);
    public decimal? ReopenRate => Share(Reopened, Rated);
    public decimal? EvaluationRate => Share(Evaluated, Rated);

    private static decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1);
}

public static class AppealRates
{
    public static IReadOnlyList<UnitMonthRates> ForMonth(IEnumerable<HandlingFact> handlings, int year, int month) =>
        handlings.Where(h => h.AssignedOn.Year == year && h.AssignedOn.Month == month)
            .GroupBy(h => h.UnitId)
            .Select(g => Rates(g.Key, g.ToList()))
            .ToList();

    /// <summary>末位: the units with the lowest 按时办结率, then the lowest 满意率; units with nothing of their own are left out.</summary>
    public static IReadOnlyList<UnitMonthRates> Worst(IEnumerable<UnitMonthRates> rates, int count) =>
        rates.Where(r => r.Own > 0).OrderBy(r => r.OnTimeRate).ThenBy(r => r.SatisfactionRate ?? 101m).ThenByDescending(r => r.Own)
            .Take(count).ToList();

    private static UnitMonthRates Rates(Guid unitId, List<HandlingFact> h)
    {
        var passedOn = h.Where(x => x.Outcome is HandlingOutcome.Returned or HandlingOutcome.Transferred).ToList();
        var replied = h.Where(x => x.Outcome == HandlingOutcome.Replied).ToList();
        var rated = replied.Where(x => x.Rating is not null).ToList();
        return new UnitMonthRates(unitId,
            Assigned: h.Count,
            Responded: replied.Count(x => x.RepliedOn <= x.TimeLimit) + passedOn.Count(x => x.EndedOn <= x.TimeLimit),
            Own: h.Count - passedOn.Count,
            Replied: replied.Count,
            RepliedOnTime: replied.Count(x => x.RepliedOn <= x.TimeLimit),
            Rated: rated.Count,
            Satisfied: rated.Count(x => x.Rating!.Value.IsSatisfied()),
            Reopened: rated.Count(x => x.Rating!.Value.Reopens()),
            Evaluated: rated.Count(x => x.Rating != Rating.NotRated));
    }
}
