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

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        System.Security.Claims.ClaimsPrincipal principal;
        try
        {
            principal = await signIn.CheckAsync(UserName, Password);
            await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, principal);
        }
        catch (RuleViolation refused)
        {
            ModelState.AddModelError("", refused.Message);
            return Page();
        }
        // Each role starts on its own work （我的待办， the dashboard）, unless it was on its way somewhere.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl! : Rectify.Features.Todo.Landing.For(principal));
    }
}
