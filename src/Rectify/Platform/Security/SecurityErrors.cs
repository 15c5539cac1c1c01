namespace Rectify.Platform.Security;

/// <summary>Every message signing in, passwords and the second factor can refuse with.</summary>
public static class SecurityErrors
{
    /// <summary>The one answer to a wrong password, an unknown name, a locked or a deactivated account: no name can be probed.</summary>
    public const string WrongPassword = "用户名或密码错误。连续输错多次后账号将暂时锁定，请稍后再试或联系安全管理员";
    public const string Throttled = "登录尝试过于频繁，请{0}分钟后再试";
    public const string Inactive = "该账号已停用";
    public const string SessionExpired = "登录已过期，请重新登录";

    public const string PasswordTooShort = "密码至少需要{0}位";
    public const string PasswordClasses = "密码须包含大写字母、小写字母、数字、符号四类中的至少三类";
    public const string PasswordContainsUserName = "密码不能包含用户名";
    public const string PasswordCommon = "该密码过于常见，容易被猜中，请换一个";
    public const string PasswordReused = "新密码不能与最近{0}次使用过的密码相同";

    public const string MustChangePassword = "请先修改初始密码";
    public const string PasswordExpired = "密码已超过{0}天未修改，请先修改密码";
    public const string MustEnrol = "请先绑定动态验证码（双因素认证）";
    public const string CodeRequired = "请输入动态验证码";
    public const string WrongCode = "动态验证码错误或已过期，请重新输入";
    public const string SecondFactorExpired = "验证超时，请重新输入用户名和密码";
}
