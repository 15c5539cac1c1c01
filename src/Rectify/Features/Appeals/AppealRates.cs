namespace Rectify.Features.Appeals;

/// <summary>One unit's handling as the monthly rates read it.</summary>
public sealed record HandlingFact(Guid UnitId, DateOnly AssignedOn, DateOnly TimeLimit, HandlingOutcome Outcome, DateOnly? EndedOn,
    DateOnly? RepliedOn, Rating? Rating);

/// <summary>
/// A unit's figures for one month (by the day each handling was assigned), as they stand on the day counted. A handling
/// still with the unit whose time limit has not passed (<see cref="Pending"/>, 未到期) cannot yet be judged: it counts as
/// assigned but in no rate, so a unit is never shown as slow for work that is not yet due. Definitions, also in README.md:
/// 响应率 = handlings the unit answered in time (reply on or before the limit, or returned/transferred on or before it) ÷
/// assigned less pending; 办结率 = replied ÷ its own (应办结: assigned less returned, transferred and pending);
/// 按时办结率 = replied on or before the limit ÷ its own;
/// 满意率 = 非常满意/满意/基本满意 ÷ rated (the five grades and 未评价); 重办率 = 不满意/非常不满意 ÷ rated;
/// 评价率 = rated on the five grades ÷ rated. A rate with nothing to divide by is null (shown as “—”), never 0 or 100%.
/// </summary>
public sealed record UnitMonthRates(Guid UnitId, int Assigned, int Responded, int Own, int Replied, int RepliedOnTime, int Rated,
    int Satisfied, int Reopened, int Evaluated, int Pending)
{
    /// <summary>应响应: the handlings that can be judged on their response, all but those not yet due.</summary>
    public int Answerable => Assigned - Pending;

    public decimal? ResponseRate => Share(Responded, Answerable);
    public decimal? CompletionRate => Share(Replied, Own);
    public decimal? OnTimeRate => Share(RepliedOnTime, Own);
    public decimal? SatisfactionRate => Share(Satisfied, Rated);
    public decimal? ReopenRate => Share(Reopened, Rated);
    public decimal? EvaluationRate => Share(Evaluated, Rated);

    private static decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1);
}

public static class AppealRates
{
    /// <summary>A month's figures as they stand on <paramref name="today"/>.</summary>
    public static IReadOnlyList<UnitMonthRates> ForMonth(IEnumerable<HandlingFact> handlings, int year, int month, DateOnly today)
    {
        var first = new DateOnly(year, month, 1);
        return ForPeriod(handlings, first, first.AddMonths(1).AddDays(-1), today);
    }

    /// <summary>The same figures over the handlings assigned from one day to another, both included (a dispatch's period).</summary>
    public static IReadOnlyList<UnitMonthRates> ForPeriod(IEnumerable<HandlingFact> handlings, DateOnly from, DateOnly to, DateOnly today) =>
        handlings.Where(h => h.AssignedOn >= from && h.AssignedOn <= to)
            .GroupBy(h => h.UnitId)
            .Select(g => Rates(g.Key, g.ToList(), today))
            .ToList();

    /// <summary>未到期: still with the unit and its time limit not yet passed (the limit day itself is still in time, as for 超期).</summary>
    public static bool IsPending(HandlingFact h, DateOnly today) => h.Outcome == HandlingOutcome.Open && h.TimeLimit >= today;

    /// <summary>All units together: the counts added up, so each rate is the share over the whole scope (never an average of rates).</summary>
    public static UnitMonthRates Total(IEnumerable<UnitMonthRates> rates)
    {
        var all = rates.ToList();
        return new UnitMonthRates(Guid.Empty, all.Sum(r => r.Assigned), all.Sum(r => r.Responded), all.Sum(r => r.Own), all.Sum(r => r.Replied),
            all.Sum(r => r.RepliedOnTime), all.Sum(r => r.Rated), all.Sum(r => r.Satisfied), all.Sum(r => r.Reopened), all.Sum(r => r.Evaluated),
            all.Sum(r => r.Pending));
    }

    /// <summary>末位: the units with the lowest 按时办结率, then the lowest 满意率; units with nothing of their own due are left out.</summary>
    public static IReadOnlyList<UnitMonthRates> Worst(IEnumerable<UnitMonthRates> rates, int count) =>
        rates.Where(r => r.Own > 0).OrderBy(r => r.OnTimeRate).ThenBy(r => r.SatisfactionRate ?? 101m).ThenByDescending(r => r.Own)
            .Take(count).ToList();

    /// <summary>The page's order: the highest 按时办结率 first, then the highest 满意率, then the most assigned; empty rates last.</summary>
    public static IOrderedEnumerable<UnitMonthRates> Ranked(IEnumerable<UnitMonthRates> rates) =>
        rates.OrderByDescending(r => r.OnTimeRate ?? -1m).ThenByDescending(r => r.SatisfactionRate ?? -1m).ThenByDescending(r => r.Assigned);

    private static UnitMonthRates Rates(Guid unitId, List<HandlingFact> h, DateOnly today)
    {
        var pending = h.Count(x => IsPending(x, today));
        var passedOn = h.Where(x => x.Outcome is HandlingOutcome.Returned or HandlingOutcome.Transferred).ToList();
        var replied = h.Where(x => x.Outcome == HandlingOutcome.Replied).ToList();
        var rated = replied.Where(x => x.Rating is not null).ToList();
        return new UnitMonthRates(unitId,
            Assigned: h.Count,
            Responded: replied.Count(x => x.RepliedOn <= x.TimeLimit) + passedOn.Count(x => x.EndedOn <= x.TimeLimit),
            Own: h.Count - passedOn.Count - pending,
            Replied: replied.Count,
            RepliedOnTime: replied.Count(x => x.RepliedOn <= x.TimeLimit),
            Rated: rated.Count,
            Satisfied: rated.Count(x => x.Rating!.Value.IsSatisfied()),
            Reopened: rated.Count(x => x.Rating!.Value.Reopens()),
            Evaluated: rated.Count(x => x.Rating != Rating.NotRated),
            Pending: pending);
    }
}
