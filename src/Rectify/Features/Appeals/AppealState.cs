namespace Rectify.Features.Appeals;

/// <summary>Where an appeal stands in its loop; the transitions live on <see cref="Appeal"/>.</summary>
public enum AppealState
{
    /// <summary>待受理: recorded, the office has not decided.</summary>
    Submitted,
    /// <summary>已受理: accepted, not yet assigned to a unit.</summary>
    Accepted,
    /// <summary>不予受理: declined with a reason; final.</summary>
    Declined,
    /// <summary>已交办: a unit handles it against a time limit.</summary>
    Assigned,
    /// <summary>申请转办: the unit asks to pass it to another unit; the office consents or refuses.</summary>
    TransferRequested,
    /// <summary>已退回: the unit sent it back to the office as misrouted.</summary>
    Returned,
    /// <summary>已答复: the unit replied; the office checks the reply before it goes out.</summary>
    Replied,
    /// <summary>待评价: the checked reply went out; waiting for the enterprise's rating.</summary>
    ReplyApproved,
    /// <summary>重办: rated 不满意 or 非常不满意; the office assigns it again.</summary>
    Reopened,
    /// <summary>已办结: rated (or 未评价 after the window); final.</summary>
    Closed,
}

public static class AppealStateNames
{
    public static string Label(this AppealState state) => state switch
    {
        AppealState.Submitted => "待受理",
        AppealState.Accepted => "已受理",
        AppealState.Declined => "不予受理",
        AppealState.Assigned => "已交办",
        AppealState.TransferRequested => "申请转办",
        AppealState.Returned => "已退回",
        AppealState.Replied => "已答复待审核",
        AppealState.ReplyApproved => "待评价",
        AppealState.Reopened => "重办",
        AppealState.Closed => "已办结",
        _ => state.ToString(),
    };

    /// <summary>The stage an enterprise reads on the follow-up page: nothing internal (no return, no check).</summary>
    public static string PublicLabel(this AppealState state) => state switch
    {
        AppealState.Submitted => "已提交，等待受理",
        AppealState.Declined => "不予受理",
        AppealState.Replied or AppealState.Accepted or AppealState.Assigned or AppealState.TransferRequested
            or AppealState.Returned or AppealState.Reopened => "办理中",
        AppealState.ReplyApproved => "已答复，请评价",
        AppealState.Closed => "已办结",
        _ => "办理中",
    };

    /// <summary>A unit holds it and its time limit runs.</summary>
    public static bool IsWithUnit(this AppealState state) => state is AppealState.Assigned or AppealState.TransferRequested;

    public static bool IsOpen(this AppealState state) => state is not (AppealState.Declined or AppealState.Closed);
}
