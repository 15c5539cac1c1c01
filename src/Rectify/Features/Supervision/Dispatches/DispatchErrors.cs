namespace Rectify.Features.Supervision.Dispatches;

/// <summary>Every message the dispatch reports can refuse with.</summary>
public static class DispatchErrors
{
    public const string NotFound = "未找到该调度通报，可能已被删除或您无权查看";
    public const string NotForStaff = "调度通报涵盖整改办管辖的全部单位，只有整改办、分管领导和巡察人员可以查看";
    public const string PeriodReversed = "统计期间的截止日期不能早于起始日期";
    public const string PeriodInFuture = "统计期间的截止日期不能晚于今天";
    public const string PeriodTooLong = "统计期间不能超过一年";
    public const string IssuedMeanwhile = "同一范围的调度通报刚刚由他人生成，请刷新后重试";
}
