using Rectify.Platform.Organization;

namespace Rectify.Features.Admin;

/// <summary>Every message the admin feature can refuse with; the tree's own rules come from the Unit entity.</summary>
public static class AdminErrors
{
    public const string UnitNotFound = "未找到该单位";
    public const string ParentNotFound = "未找到所选上级单位";
    public const string DuplicateSiblingName = "同一上级单位下已有名为“{0}”的单位";
    public const string MoveIntoItself = OrganizationErrors.MoveIntoItself;
    public const string ParentInactive = OrganizationErrors.ParentInactive;
    public const string UnitHasActiveUsers = OrganizationErrors.HasActiveUsers;
    public const string UnitHasActiveChildren = OrganizationErrors.HasActiveChildren;

    public const string UserNotFound = "未找到该用户";
    public const string UserUnitUnusable = "所选单位不存在或已停用";
    public const string CannotDeactivateSelf = "不能停用自己的账号";
    public const string CannotChangeOwnRole = "不能修改自己的角色，请由其他系统管理员操作";
    public const string AdminRoleBySecurityAdmin = "系统管理员、安全管理员、安全审计员角色只能由安全管理员分配（三员分立）";
    public const string AdminAccountBySecurityAdmin = "安全管理员、安全审计员的账号只能由安全管理员管理（三员分立）";
    public const string VersionRequired = "请提交您看到的版本号（version），以免覆盖他人的修改";
    public const string UserChanged = "该用户已被他人修改，请查看当前内容后重新提交";
}
