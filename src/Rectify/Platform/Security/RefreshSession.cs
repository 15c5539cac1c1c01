using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rectify.Platform.Web;

namespace Rectify.Platform.Security;

/// <summary>
/// Trades a refresh token for a new short bearer token while the account is unchanged and the sign-in is younger
/// than the absolute limit; a refresh never extends a sign-in past it.
/// </summary>
public sealed class RefreshSession(
    IOptionsMonitor<BearerTokenOptions> bearer, SignInManager<User> signIn, IOptions<RectifyOptions> options, TimeProvider time)
{
    public async Task<ClaimsPrincipal> HandleAsync(string refreshToken)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
        var now = time.GetUtcNow();
        if (ticket?.Properties.ExpiresUtc is not { } expires || now >= expires) throw Expired();
        var signedIn = ticket.Principal.FindFirstValue(SecurityClaims.SignedInAt);
        if (Sessions.IsPastAbsoluteLimit(signedIn, now, options.Value.Sessions)) throw Expired();
        var user = await signIn.ValidateSecurityStampAsync(ticket.Principal);
        if (user is not { IsActive: true }) throw Expired();
        return Sessions.KeepSignedInAt(await signIn.CreateUserPrincipalAsync(user), signedIn!);
    }

    private static RuleViolation Expired() => new(SecurityErrors.SessionExpired, StatusCodes.Status401Unauthorized);
}
