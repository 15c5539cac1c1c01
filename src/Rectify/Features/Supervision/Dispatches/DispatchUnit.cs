using Rectify.Platform.Data;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>
/// One unit's line in a dispatch, as it stood when issued: its measures in disjoint statuses (已完成, 取得阶段性成效,
/// 推进中), its warnings, the measures closed in the period, the completion rate and the rank.
/// </summary>
public sealed class DispatchUnit : IAuditSubject
{
    private DispatchUnit() { }

    public DispatchUnit(Guid? unitId, string unit, int measures, int closed, int stageResult, int dueSoon, int overdue, int lagging,
        int completedInPeriod, int? rank)
    {
        UnitId = unitId;
        Unit = unit;
        Measures = measures;
        Closed = closed;
        StageResult = stageResult;
        InProgress = measures - closed - stageResult;
        DueSoon = dueSoon;
        Overdue = overdue;
        Lagging = lagging;
        CompletedInPeriod = completedInPeriod;
        CompletionRate = DispatchRanking.Rate(closed + stageResult, measures);
        Rank = rank;
    }

    public Guid DispatchId { get; private set; }
    /// <summary>The line's place in the table, from 1.</summary>
    public int Position { get; private set; }
    /// <summary>Null for the measures naming no responsible unit (未明确责任单位), which are listed but not ranked.</summary>
    public Guid? UnitId { get; private set; }
    public string Unit { get; private set; } = "";
    public int Measures { get; private set; }
    public int Closed { get; private set; }
    public int StageResult { get; private set; }
    public int InProgress { get; private set; }
    public int DueSoon { get; private set; }
    public int Overdue { get; private set; }
    public int Lagging { get; private set; }
    /// <summary>Measures closed or approved as stage results (ClosedOn) within the period: 本期完成.</summary>
    public int CompletedInPeriod { get; private set; }
    /// <summary>(已完成 + 取得阶段性成效) ÷ 措施总数, in percent with one decimal.</summary>
    public double CompletionRate { get; private set; }
    public int? Rank { get; private set; }

    public Guid AuditSubjectId => DispatchId;

    internal DispatchUnit At(Guid dispatchId, int position)
    {
        DispatchId = dispatchId;
        Position = position;
        return this;
    }
}
