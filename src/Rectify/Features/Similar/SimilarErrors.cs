namespace Rectify.Features.Similar;

/// <summary>Every message the 举一反三 feature can refuse with.</summary>
public static class SimilarErrors
{
    public const string LinkedProblemNotFound = "未找到要关联的问题，可能已被删除或您无权查看";
    public const string LinkToItself = "不能把问题与它自己关联";
    public const string AlreadyLinked = "这两个问题已经关联";
    public const string LinkNotFound = "这两个问题没有关联";
    public const string CopyNeedsLink = "只能复制已关联问题的整改措施，请先关联该问题";
    public const string CopyNothingChosen = "请选择要复制的整改措施";
    public const string CopyMeasureNotFound = "所选措施不属于该关联问题";
}
