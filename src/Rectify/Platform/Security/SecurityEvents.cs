using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;

namespace Rectify.Platform.Security;

/// <summary>What happened to an account, a session or a protected piece of data (等保: security audit).</summary>
public enum SecurityEventKind
{
    SignedIn,
    SignInFailed,
    SignedOut,
    SessionRefreshed,
    PasswordChanged,
    PasswordReset,
    AccountLocked,
    AccountUnlocked,
    AccountCreated,
    AccountChanged,
    AccountDeactivated,
    RolesChanged,
    SecondFactorEnabled,
    SecondFactorFailed,
    AccessDenied,
    Exported,
    Downloaded,
    SettingsChanged,
}

public static class SecurityEventNames
{
    /// <summary>The audit's <see cref="AuditEntry.EntityType"/> of every security event.</summary>
    public const string EntityType = "SecurityEvent";

    public static string Label(this SecurityEventKind kind) => kind switch
    {
        SecurityEventKind.SignedIn => "登录",
        SecurityEventKind.SignInFailed => "登录失败",
        SecurityEventKind.SignedOut => "退出登录",
        SecurityEventKind.SessionRefreshed => "续期会话",
        SecurityEventKind.PasswordChanged => "修改密码",
        SecurityEventKind.PasswordReset => "重置密码",
        SecurityEventKind.AccountLocked => "锁定账号",
        SecurityEventKind.AccountUnlocked => "解锁账号",
        SecurityEventKind.AccountCreated => "创建账号",
        SecurityEventKind.AccountChanged => "修改账号",
        SecurityEventKind.AccountDeactivated => "停用账号",
        SecurityEventKind.RolesChanged => "变更角色",
        SecurityEventKind.SecondFactorEnabled => "启用双因素认证",
        SecurityEventKind.SecondFactorFailed => "双因素认证失败",
        SecurityEventKind.AccessDenied => "越权访问",
        SecurityEventKind.Exported => "导出",
        SecurityEventKind.Downloaded => "下载",
        SecurityEventKind.SettingsChanged => "修改安全设置",
        _ => kind.ToString(),
    };
}

/// <summary>Records security events in the audit, at once and apart from any change the caller has not saved.</summary>
public interface ISecurityEventLog
{
    /// <param name="target">What the event is about: a user name, a file, an export.</param>
    /// <param name="detail">Plain Chinese words for the reader of the audit; never a secret.</param>
    Task RecordAsync(SecurityEventKind kind, bool succeeded, string? target = null, string? detail = null,
        CancellationToken cancellationToken = default);
}

public sealed class SecurityEventLog(IServiceScopeFactory scopes, ICurrentUser currentUser, IHttpContextAccessor http, TimeProvider time)
    : ISecurityEventLog
{
    public async Task RecordAsync(SecurityEventKind kind, bool succeeded, string? target = null, string? detail = null,
        CancellationToken cancellationToken = default)
    {
        // A context of its own: a failed sign-in saves nothing else, and a caller's pending changes stay its own.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            UserId = currentUser.Id,
            UserName = currentUser.Id is null && target is not null ? target : currentUser.Name,
            EntityType = SecurityEventNames.EntityType,
            EntityId = Truncate(target ?? "", 100),
            SubjectId = currentUser.Id?.ToString(),
            Action = kind.Label(),
            Address = AddressOf(http.HttpContext),
            Outcome = succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed,
            Changes = AuditInterceptor.Serialize(detail is null ? [] : [new FieldChange("说明", null, detail)]),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public static string? AddressOf(HttpContext? context) =>
        context?.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : null;

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
