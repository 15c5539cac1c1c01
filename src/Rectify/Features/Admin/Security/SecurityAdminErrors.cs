namespace Rectify.Features.Admin.Security;

/// <summary>Every message the security admin's work can refuse with.</summary>
public static class SecurityAdminErrors
{
    public const string AccountNotFound = "未找到该账号";
    public const string NotOwnRole = "不能修改自己的角色，请由其他安全管理员操作";
    public const string NotOwnPassword = "不能重置自己的密码，请在“修改密码”中修改";
    public const string NotOwnSecondFactor = "不能重置自己的动态验证码，请由其他安全管理员操作";
    public const string NotLocked = "该账号未被锁定";
    public const string NoSecondFactor = "该账号尚未绑定动态验证码";
}
