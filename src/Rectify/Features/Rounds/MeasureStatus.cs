namespace Rectify.Features.Rounds;

public enum MeasureStatus
{
    NotStarted,
    InProgress,
    CloseOutRequested,
    Closed,
    StageResult,
}

public static class MeasureStatusNames
{
    public static string Label(this MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "未启动",
        MeasureStatus.InProgress => "推进中",
        MeasureStatus.CloseOutRequested => "待审核",
        MeasureStatus.Closed => "已完成",
        MeasureStatus.StageResult => "取得阶段性成效",
        _ => status.ToString(),
    };

    /// <summary>The status as a clerk reads it: a measure back at work says why (已退回, 已重新打开（反弹）).</summary>
    public static string Label(MeasureStatus status, string? returnReason, string? reopenReason) => status switch
    {
        MeasureStatus.InProgress when reopenReason is not null => "已重新打开（反弹）",
        MeasureStatus.InProgress when returnReason is not null => "已退回",
        _ => status.Label(),
    };

    /// <summary>Closed and stage-result measures are no longer chased for a time limit.</summary>
    public static bool IsSettled(this MeasureStatus status) => status is MeasureStatus.Closed or MeasureStatus.StageResult;
}
