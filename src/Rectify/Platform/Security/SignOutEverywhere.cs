using Microsoft.AspNetCore.Identity;

namespace Rectify.Platform.Security;

/// <summary>
/// Ends every session and token of an account, on every device: its security stamp is replaced. Sign-out does it for
/// the user himself; a password reset and a deactivation do it for the account they change.
/// </summary>
public sealed class SignOutEverywhere(UserManager<User> users, ICurrentUser current, ISecurityEventLog events)
{
    public async Task HandleAsync()
    {
        if (current.Id is not { } id || await users.FindByIdAsync(id.ToString()) is not { } user) return;
        await HandleAsync(user);
        await events.RecordAsync(SecurityEventKind.SignedOut, true, user.UserName);
    }

    public async Task HandleAsync(User user)
    {
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
    }
}
