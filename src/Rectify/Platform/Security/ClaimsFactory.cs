using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Rectify.Platform.Security;

/// <summary>
/// Puts the role, unit and full name into the sign-in, so every request knows them without a query; and what the
/// account must do before anything else (<see cref="AccountGate"/>): change its password, or enrol an authenticator.
/// </summary>
public sealed class ClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options, IOptions<RectifyOptions> rectify, TimeProvider time)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(SecurityClaims.FullName, user.FullName));
        identity.AddClaim(new Claim(SecurityClaims.Unit, user.UnitId.ToString()));
        // A renewal keeps the first sign-in's moment (Sessions), so the absolute limit counts from the password.
        identity.AddClaim(Sessions.SignedInNow(time));
        if (Pending(user) is { } pending) identity.AddClaim(new Claim(SecurityClaims.Pending, pending));
        return identity;
    }

    private string? Pending(User user)
    {
        var settings = rectify.Value;
        if (user.MustChangePassword) return PendingStep.InitialPassword;
        if (user.PasswordExpired(time.GetUtcNow(), settings.Security.PasswordMaxAgeDays)) return PendingStep.ExpiredPassword;
        if (user.Role.IsAdmin() && !user.TwoFactorEnabled && settings.Security.SecondFactorRequired(settings.Demo)) return PendingStep.Enrol;
        return null;
    }
}

/// <summary>What a signed-in account must do before it may use anything else.</summary>
public static class PendingStep
{
    public const string InitialPassword = "initial-password";
    public const string ExpiredPassword = "expired-password";
    public const string Enrol = "enrol";
}
