using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Rectify.Platform.Security;

/// <summary>Puts the role, unit and full name into the sign-in, so every request knows them without a query.</summary>
public sealed class ClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options, TimeProvider time)
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
        return identity;
    }
}
