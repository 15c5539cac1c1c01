using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Security;

/// <summary>An admin lost his phone and his recovery codes: the authenticator is unbound and he enrols again at sign-in.</summary>
public sealed class ResetSecondFactor(UserManager<User> users, ICurrentUser current, ISecurityEventLog events)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException(SecurityAdminErrors.AccountNotFound);
        if (user.Id == current.Id) throw new RuleViolation(SecurityAdminErrors.NotOwnSecondFactor);
        if (!user.TwoFactorEnabled) throw new RuleViolation(SecurityAdminErrors.NoSecondFactor);
        Check(await users.SetTwoFactorEnabledAsync(user, false));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0) is not null ? IdentityResult.Success : IdentityResult.Failed());
        await events.RecordAsync(SecurityEventKind.AccountChanged, true, user.UserName, "重置动态验证码，须重新绑定", ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw RuleViolation.Invalid(string.Join("；", result.Errors.Select(e => e.Description)));
    }
}
