namespace Rectify.Platform.Organization;

/// <summary>Every message the unit tree itself can refuse with.</summary>
public static class OrganizationErrors
{
    public const string MoveIntoItself = "不能把单位移到它自己或它的下级单位之下";
    public const string ParentInactive = "上级单位已停用，请先选择其他上级单位";
    public const string HasActiveUsers = "该单位还有{0}个启用的用户，请先调整或停用这些用户";
    public const string HasActiveChildren = "该单位还有{0}个启用的下级单位，请先移走或停用下级单位";
}
