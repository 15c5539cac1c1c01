namespace Rectify.Features.Supervision.Dispatches;

/// <summary>A unit's counts before ranking: measures in scope whose responsible unit rolls up to it.</summary>
public sealed record UnitTally(Guid? UnitId, string Unit, int Measures, int Closed, int StageResult, int DueSoon, int Overdue, int Lagging,
    int CompletedInPeriod)
{
    /// <summary>已完成 for the rate: closed, and long-term measures with stage results (取得阶段性成效).</summary>
    public int Completed => Closed + StageResult;
}
