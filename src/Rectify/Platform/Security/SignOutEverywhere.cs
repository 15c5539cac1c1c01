using Microsoft.AspNetCore.Identity;

namespace Rectify.Platform.Security;

/// <summary>Sign-out ends every session and token of the account, on every device: its security stamp is replaced.</summary>
public sealed class SignOutEverywhere(UserManager<User> users, ICurrentUser current)
{
    public async Task HandleAsync()
    {
        if (current.Id is not { } id || await users.FindByIdAsync(id.ToString()) is not { } user) return;
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
    }
}
