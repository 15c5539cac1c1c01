namespace Rectify.Features.Supervision.Escalation;

/// <summary>Every message escalation can refuse with.</summary>
public static class EscalationErrors
{
    public const string NotFound = "未找到该督办记录，可能已被删除或您无权查看";
    public const string ReasonRequired = "请填写事由或催办内容";
    public const string SubjectRequired = "请填写约谈对象或移交机关";
    public const string ItemsRequired = "催办请至少选择一项整改措施";
    public const string MeasureOutOfScope = "所选措施中有不在您管辖范围内的，请重新选择";
    public const string TooLong = "内容过长：对象不超过200字，事由和结果不超过2000字";
    public const string OutcomeOnlyForTalks = "只有约谈可以记录约谈结果";
    public const string TooManyItems = "一次最多关联500项整改措施";
}
