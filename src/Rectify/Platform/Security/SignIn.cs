using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Web;

namespace Rectify.Platform.Security;

/// <summary>
/// Checks a user name and password, then the second factor of an account that has one. A wrong password, an unknown
/// name, a locked or a deactivated account all get the same answer after the same work (a password hash is checked
/// each time), so no name can be probed; too many failures per name or address are throttled (429).
/// Every success and failure is a security event.
/// </summary>
public sealed class SignIn(
    UserManager<User> users, SignInManager<User> signIn, IPasswordHasher<User> hasher, SignInThrottle throttle, ISecurityEventLog events)
{
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<User>().HashPassword(new User(), Guid.NewGuid().ToString()));

    /// <summary>The password step: the account, whose second factor (if enrolled) is still to be checked.</summary>
    public async Task<User> CheckPasswordAsync(string userName, string password, CancellationToken ct = default)
    {
        var name = userName.Trim();
        try
        {
            await throttle.EnsureAllowedAsync(name, ct);
        }
        catch (SignInThrottled)
        {
            await events.RecordAsync(SecurityEventKind.SignInFailed, false, name, "登录尝试过于频繁，已暂停受理", ct);
            throw;
        }
        var user = await users.FindByNameAsync(name);
        if (user is not { IsActive: true })
        {
            hasher.VerifyHashedPassword(new User(), DummyHash.Value, password);
            throw await FailAsync(name, user is null ? "用户名不存在" : "账号已停用", ct);
        }
        if (await users.IsLockedOutAsync(user))
        {
            hasher.VerifyHashedPassword(user, DummyHash.Value, password);
            throw await FailAsync(name, "账号锁定期间尝试登录", ct);
        }
        if (user.PasswordHash is null) hasher.VerifyHashedPassword(user, DummyHash.Value, password);
        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
                await events.RecordAsync(SecurityEventKind.AccountLocked, true, name, "密码连续输错，账号锁定", ct);
            throw await FailAsync(name, "密码错误", ct);
        }
        return user;
    }

    /// <summary>An account with an authenticator must give its code (or a recovery code) after the password.</summary>
    public Task<bool> NeedsCodeAsync(User user) => users.GetTwoFactorEnabledAsync(user);

    /// <summary>The second step: a code from the authenticator app, or one of the recovery codes (each works once).</summary>
    public async Task<ClaimsPrincipal> CheckCodeAsync(User user, string? code, string? recoveryCode, CancellationToken ct = default)
    {
        var name = user.UserName ?? "";
        await throttle.EnsureAllowedAsync(name, ct);
        var byRecovery = string.IsNullOrWhiteSpace(code) && !string.IsNullOrWhiteSpace(recoveryCode);
        if (!byRecovery && string.IsNullOrWhiteSpace(code)) throw new RuleViolation(SecurityErrors.CodeRequired, StatusCodes.Status401Unauthorized);
        var valid = byRecovery
            ? (await users.RedeemTwoFactorRecoveryCodeAsync(user, recoveryCode!.Trim())).Succeeded
            : await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code!.Replace(" ", "").Trim());
        if (!valid)
        {
            await users.AccessFailedAsync(user);
            await throttle.RecordFailureAsync(name, ct);
            await events.RecordAsync(SecurityEventKind.SecondFactorFailed, false, name, byRecovery ? "恢复码错误" : "动态验证码错误", ct);
            throw new RuleViolation(SecurityErrors.WrongCode, StatusCodes.Status401Unauthorized);
        }
        return await SucceedAsync(user, byRecovery ? "密码和恢复码" : "密码和动态验证码", ct);
    }

    /// <summary>The password was right and no second factor is enrolled: signed in.</summary>
    public Task<ClaimsPrincipal> CompleteAsync(User user, CancellationToken ct = default) => SucceedAsync(user, "密码", ct);

    /// <summary>The API's single step: password, then the code sent with it when the account has an authenticator.</summary>
    public async Task<ClaimsPrincipal> CheckAsync(string userName, string password, string? code = null, string? recoveryCode = null,
        CancellationToken ct = default)
    {
        var user = await CheckPasswordAsync(userName, password, ct);
        return await NeedsCodeAsync(user) ? await CheckCodeAsync(user, code, recoveryCode, ct) : await CompleteAsync(user, ct);
    }

    private async Task<ClaimsPrincipal> SucceedAsync(User user, string how, CancellationToken ct)
    {
        await users.ResetAccessFailedCountAsync(user);
        await throttle.ClearAsync(user.UserName ?? "", ct);
        await events.RecordAsync(SecurityEventKind.SignedIn, true, user.UserName, how, ct);
        return await signIn.CreateUserPrincipalAsync(user);
    }

    private async Task<RuleViolation> FailAsync(string name, string detail, CancellationToken ct)
    {
        await throttle.RecordFailureAsync(name, ct);
        await events.RecordAsync(SecurityEventKind.SignInFailed, false, name, detail, ct);
        return new RuleViolation(SecurityErrors.WrongPassword, StatusCodes.Status401Unauthorized);
    }
}
