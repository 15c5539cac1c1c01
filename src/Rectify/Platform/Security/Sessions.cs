using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Rectify.Platform.Security;

/// <summary>
/// How sign-ins end: pages after 30 idle minutes or 12 hours in all; API tokens after 15 minutes, renewed with a refresh
/// token for at most 12 hours. Every request is checked against the account's security stamp, which sign-out,
/// a password change or reset and deactivation replace, so each of them ends every session and token at once.
/// </summary>
public static class Sessions
{
    /// <summary>How often a page session's claims (role, unit, name) are read afresh from the account.</summary>
    private static readonly TimeSpan ClaimsRefresh = TimeSpan.FromMinutes(1);

    public static void Configure(IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<RectifyOptions>>((o, options) =>
        {
            o.ExpireTimeSpan = TimeSpan.FromMinutes(options.Value.Sessions.IdleMinutes);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = context => ValidateAsync(context, options.Value.Sessions);
        });
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<IOptions<RectifyOptions>>((o, options) =>
        {
            o.BearerTokenExpiration = TimeSpan.FromMinutes(options.Value.Sessions.TokenMinutes);
            o.RefreshTokenExpiration = TimeSpan.FromHours(options.Value.Sessions.AbsoluteHours);
            o.Events.OnMessageReceived = CheckBearerStampAsync;
        });
    }

    public static Claim SignedInNow(TimeProvider time) =>
        new(SecurityClaims.SignedInAt, time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>The moment of the first sign-in carried into a renewed principal.</summary>
    public static ClaimsPrincipal KeepSignedInAt(ClaimsPrincipal renewed, string signedInAt)
    {
        var identity = (ClaimsIdentity)renewed.Identity!;
        identity.RemoveClaim(identity.FindFirst(SecurityClaims.SignedInAt));
        identity.AddClaim(new Claim(SecurityClaims.SignedInAt, signedInAt));
        return renewed;
    }

    public static bool IsPastAbsoluteLimit(string? signedInAt, DateTimeOffset now, SessionOptions sessions) =>
        !long.TryParse(signedInAt, CultureInfo.InvariantCulture, out var seconds)
        || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > TimeSpan.FromHours(sessions.AbsoluteHours);

    /// <summary>
    /// A bearer token carries the security stamp it was issued with; once sign-out, a password change or reset, or
    /// deactivation has replaced the stamp, the token is refused (401) like an expired one.
    /// </summary>
    private static async Task CheckBearerStampAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return;
        var ticket = context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..].Trim());
        if (ticket is null) return;
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<User>>();
        if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsActive: true }) context.Fail(SecurityErrors.SessionExpired);
    }

    /// <summary>
    /// Every page request: one look-up of the account's stamp (not Identity's periodic check, which would let an ended
    /// session open pages for its interval); claims are renewed once a minute so a changed role or unit shows.
    /// </summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context, SessionOptions sessions)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var signedInAt = context.Principal?.FindFirstValue(SecurityClaims.SignedInAt);
        var signIn = services.GetRequiredService<SignInManager<User>>();
        var user = IsPastAbsoluteLimit(signedInAt, now, sessions) ? null : await signIn.ValidateSecurityStampAsync(context.Principal);
        if (user is not { IsActive: true })
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        if (context.Properties.IssuedUtc is { } issued && now - issued < ClaimsRefresh) return;
        context.ReplacePrincipal(KeepSignedInAt(await signIn.CreateUserPrincipalAsync(user), signedInAt!));
        context.ShouldRenew = true;
    }
}
