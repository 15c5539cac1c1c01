namespace Rectify.Features.Rounds;

/// <summary>A problem's status follows from its measures; it is never set by hand.</summary>
public enum ProblemStatus
{
    NoMeasures,
    NotStarted,
    InProgress,
    StageResult,
    Completed,
}

public static class ProblemStatusRule
{
    public static ProblemStatus From(IReadOnlyCollection<MeasureStatus> measures)
    {
        if (measures.Count == 0) return ProblemStatus.NoMeasures;
        if (measures.All(s => s == MeasureStatus.Closed)) return ProblemStatus.Completed;
        if (measures.All(s => s.IsSettled())) return ProblemStatus.StageResult;
        if (measures.All(s => s == MeasureStatus.NotStarted)) return ProblemStatus.NotStarted;
        return ProblemStatus.InProgress;
    }

    public static string Label(this ProblemStatus status) => status switch
    {
        ProblemStatus.NoMeasures => "待制定措施",
        ProblemStatus.NotStarted => "未启动",
        ProblemStatus.InProgress => "整改中",
        ProblemStatus.StageResult => "取得阶段性成效",
        ProblemStatus.Completed => "已完成整改",
        _ => status.ToString(),
    };
}
