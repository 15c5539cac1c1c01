using Rectify.Platform.Web;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>
/// 调度通报: an office's periodic report on where rectification stands in its scope — one round or all its rounds —
/// kept with its per-unit figures and worst measures as they were, so that it reads the same later and the next
/// dispatch of the same scope compares against it.
/// </summary>
public sealed class Dispatch
{
    /// <summary>The longest period one dispatch covers: a year.</summary>
    public const int MaxPeriodDays = 366;

    private Dispatch() { }

    public Dispatch(Guid officeUnitId, string office, Guid? roundId, string? round, int number, string title, DateOnly from, DateOnly to, DateOnly issuedOn,
        Guid issuedById, string issuedBy, DateTimeOffset issuedAt, Guid? previousDispatchId)
    {
        if (to < from) throw RuleViolation.Invalid(DispatchErrors.PeriodReversed);
        if (to > issuedOn) throw RuleViolation.Invalid(DispatchErrors.PeriodInFuture);
        if (to.DayNumber - from.DayNumber >= MaxPeriodDays) throw RuleViolation.Invalid(DispatchErrors.PeriodTooLong);
        Id = Guid.CreateVersion7();
        OfficeUnitId = officeUnitId;
        Office = office;
        RoundId = roundId;
        Round = round;
        ScopeKey = ScopeKeyOf(officeUnitId, roundId);
        Number = number;
        Title = title;
        PeriodFrom = from;
        PeriodTo = to;
        IssuedOn = issuedOn;
        IssuedById = issuedById;
        IssuedBy = issuedBy;
        IssuedAt = issuedAt;
        PreviousDispatchId = previousDispatchId;
    }

    public Guid Id { get; private set; }
    /// <summary>The issuing office's unit: the dispatch covers the rounds of its scope.</summary>
    public Guid OfficeUnitId { get; private set; }
    /// <summary>The office's unit name as it was.</summary>
    public string Office { get; private set; } = "";
    /// <summary>One round, or null for every round of the office's scope (全部轮次).</summary>
    public Guid? RoundId { get; private set; }
    /// <summary>The round's title as it was; null for all rounds.</summary>
    public string? Round { get; private set; }
    /// <summary>Office and round (or "all") in one column, so that (scope, number) is unique on both providers.</summary>
    public string ScopeKey { get; private set; } = "";
    /// <summary>第N期, counted per scope from 1.</summary>
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public Guid IssuedById { get; private set; }
    public string IssuedBy { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    /// <summary>The dispatch of the same scope just before this one, which the changes are measured against.</summary>
    public Guid? PreviousDispatchId { get; private set; }
    public List<DispatchUnit> Units { get; private set; } = [];
    public List<DispatchMeasure> Measures { get; private set; } = [];
    /// <summary>The appeals' figures per unit over the period; only a dispatch of all rounds has them (appeals belong to no round).</summary>
    public List<DispatchAppealUnit> Appeals { get; private set; } = [];

    public static string ScopeKeyOf(Guid officeUnitId, Guid? roundId) => $"{officeUnitId:N}/{(roundId is { } r ? r.ToString("N") : "all")}";

    /// <summary>Keeps the ranked figures and the worst measures, in their order.</summary>
    public void Record(IEnumerable<DispatchUnit> units, IEnumerable<DispatchMeasure> measures)
    {
        Units.AddRange(units.Select((u, i) => u.At(Id, i + 1)));
        Measures.AddRange(measures.Select((m, i) => m.At(Id, i + 1)));
    }

    /// <summary>Keeps the units' appeal figures, in the order of the rates page.</summary>
    public void RecordAppeals(IEnumerable<DispatchAppealUnit> units) => Appeals.AddRange(units.Select((u, i) => u.At(Id, i + 1)));
}
