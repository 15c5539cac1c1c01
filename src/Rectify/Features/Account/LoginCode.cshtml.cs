using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Account;

/// <summary>The second step of an admin's sign-in: the authenticator's code, or a recovery code.</summary>
[AllowAnonymous]
public sealed class LoginCodeModel(SignIn signIn, UserManager<User> users) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? RecoveryCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() => await PendingUserAsync() is null ? Restart() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await PendingUserAsync() is not { } user) return Restart();
        System.Security.Claims.ClaimsPrincipal principal;
        try
        {
            principal = await signIn.CheckCodeAsync(user, Code, RecoveryCode, ct);
        }
        catch (SignInThrottled throttled)
        {
            Response.Headers.RetryAfter = throttled.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError("", throttled.Message);
            return Page();
        }
        catch (RuleViolation refused)
        {
            ModelState.AddModelError("", refused.Message);
            return Page();
        }
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, principal);
        return LocalRedirect(SecondStep.Destination(Url, ReturnUrl, principal));
    }

    private async Task<User?> PendingUserAsync()
    {
        var result = await HttpContext.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return SecondStep.UserId(result.Principal) is { } id && await users.FindByIdAsync(id.ToString()) is { IsActive: true } user ? user : null;
    }

    private RedirectToPageResult Restart()
    {
        TempData["Message"] = SecurityErrors.SecondFactorExpired;
        return RedirectToPage("/Account/Login", new { ReturnUrl });
    }
}
