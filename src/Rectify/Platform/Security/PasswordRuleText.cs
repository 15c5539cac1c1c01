namespace Rectify.Platform.Security;

/// <summary>The password rule in one sentence, for the forms that ask for a new password.</summary>
public static class PasswordRuleText
{
    public static string For(AccountSecurityOptions security) =>
        $"新密码至少{security.PasswordMinLength}位，须包含大写字母、小写字母、数字、符号中的至少三类，不能包含用户名，不能是常见密码"
        + (security.PasswordHistory > 0 ? $"，不能与最近{security.PasswordHistory}次使用过的密码相同" : "")
        + (security.PasswordMaxAgeDays > 0 ? $"；每{security.PasswordMaxAgeDays}天须修改一次。" : "。");
}
