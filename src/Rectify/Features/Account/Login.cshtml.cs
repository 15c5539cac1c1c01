using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignIn signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "请输入用户名")] public string UserName { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "请输入密码"), DataType(DataType.Password)] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        System.Security.Claims.ClaimsPrincipal principal;
        try
        {
            var user = await signIn.CheckPasswordAsync(UserName, Password, ct);
            if (await signIn.NeedsCodeAsync(user))
            {
                // Only the account's id, in Identity's short-lived two-factor cookie, until the code is given.
                await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, SecondStep.Principal(user));
                return RedirectToPage("/Account/LoginCode", new { ReturnUrl });
            }
            principal = await signIn.CompleteAsync(user, ct);
            await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, principal);
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
        return LocalRedirect(SecondStep.Destination(Url, ReturnUrl, principal));
    }
}
