namespace Rectify.Features.Supervision.LookBacks;

/// <summary>Every message the look-backs can refuse with.</summary>
public static class LookBackErrors
{
    public const string NotFound = "未找到该回头看事项，可能已被处理或您无权查看";
    public const string AlreadyReviewed = "该回头看事项已处理，请刷新后查看";
    public const string ReboundNeedsReason = "发现反弹时请写明反弹情况";
    public const string NothingClosed = "该轮次没有已销号的措施可以回头看";
    public const string FindingTooLong = "情况说明不能超过1000字";
}
