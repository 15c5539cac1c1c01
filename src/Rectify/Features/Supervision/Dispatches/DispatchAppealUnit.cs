using Rectify.Features.Appeals;
using Rectify.Platform.Data;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>
/// One unit's appeal figures in a dispatch of all rounds, as they stood when issued: the counts behind the six rates over
/// the handlings assigned to it in the dispatch's period (the rates themselves are computed from them by <see cref="UnitMonthRates"/>).
/// </summary>
public sealed class DispatchAppealUnit : IAuditSubject
{
    private DispatchAppealUnit() { }

    public DispatchAppealUnit(string unit, UnitMonthRates figures)
    {
        UnitId = figures.UnitId;
        Unit = unit;
        Assigned = figures.Assigned;
        Responded = figures.Responded;
        Own = figures.Own;
        Replied = figures.Replied;
        RepliedOnTime = figures.RepliedOnTime;
        Rated = figures.Rated;
        Satisfied = figures.Satisfied;
        Reopened = figures.Reopened;
        Evaluated = figures.Evaluated;
        Pending = figures.Pending;
    }

    public Guid DispatchId { get; private set; }
    /// <summary>The line's place in the table, from 1.</summary>
    public int Position { get; private set; }
    public Guid UnitId { get; private set; }
    public string Unit { get; private set; } = "";
    public int Assigned { get; private set; }
    public int Responded { get; private set; }
    public int Own { get; private set; }
    public int Replied { get; private set; }
    public int RepliedOnTime { get; private set; }
    public int Rated { get; private set; }
    public int Satisfied { get; private set; }
    public int Reopened { get; private set; }
    public int Evaluated { get; private set; }
    /// <summary>未到期 when issued (0 in dispatches kept before it was counted, whose 应办结 still held them).</summary>
    public int Pending { get; private set; }

    public Guid AuditSubjectId => DispatchId;

    public AppealUnitRates Figures() =>
        new(Unit, new UnitMonthRates(UnitId, Assigned, Responded, Own, Replied, RepliedOnTime, Rated, Satisfied, Reopened, Evaluated, Pending));

    internal DispatchAppealUnit At(Guid dispatchId, int position)
    {
        DispatchId = dispatchId;
        Position = position;
        return this;
    }
}
