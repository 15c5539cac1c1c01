using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Rectify.Features.Account;

/// <summary>Between the password and the code: who is signing in, and where he goes afterwards.</summary>
internal static class SecondStep
{
    public static ClaimsPrincipal Principal(Platform.Security.User user) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Id.ToString())], IdentityConstants.TwoFactorUserIdScheme));

    public static Guid? UserId(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(ClaimTypes.Name), out var id) ? id : null;

    /// <summary>Each role starts on its own work （我的待办， the dashboard）, unless it was on its way somewhere.</summary>
    public static string Destination(IUrlHelper url, string? returnUrl, ClaimsPrincipal principal) =>
        url.IsLocalUrl(returnUrl) && returnUrl != "/" ? returnUrl! : Todo.Landing.For(principal);
}
