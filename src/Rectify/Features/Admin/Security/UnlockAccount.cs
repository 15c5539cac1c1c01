using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Security;

/// <summary>Lifts a lockout from wrong passwords before its time, and the name's sign-in throttle with it.</summary>
public sealed class UnlockAccount(UserManager<User> users, SignInThrottle throttle, ISecurityEventLog events)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException(SecurityAdminErrors.AccountNotFound);
        if (!await users.IsLockedOutAsync(user)) throw new RuleViolation(SecurityAdminErrors.NotLocked);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await throttle.ClearAsync(user.UserName ?? "", ct);
        await events.RecordAsync(SecurityEventKind.AccountUnlocked, true, user.UserName, null, ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw RuleViolation.Invalid(string.Join("；", result.Errors.Select(e => e.Description)));
    }
}
