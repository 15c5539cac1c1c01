using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Rectify.Platform;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Account;

public sealed class ChangePasswordModel(ChangePassword action, SignInManager<User> signIn, IOptions<RectifyOptions> options) : PageModel
{
    [BindProperty, Required(ErrorMessage = "请输入原密码"), DataType(DataType.Password)] public string CurrentPassword { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "请输入新密码"), DataType(DataType.Password)] public string NewPassword { get; set; } = "";

    public string Rule => PasswordRuleText.For(options.Value.Security);

    /// <summary>Why the user was sent here before anything else, if he was.</summary>
    public string? Reason => User.FindFirstValue(SecurityClaims.Pending) switch
    {
        PendingStep.InitialPassword => SecurityErrors.MustChangePassword + "：密码由管理员设置，只有您本人知道新密码后才能继续使用。",
        PendingStep.ExpiredPassword => string.Format(SecurityErrors.PasswordExpired, options.Value.Security.PasswordMaxAgeDays) + "。",
        _ => null,
    };

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            var user = await action.HandleAsync(new ChangePasswordRequest(CurrentPassword, NewPassword));
            // Every other session ended with the old password; this one goes on under the new one.
            await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, await signIn.CreateUserPrincipalAsync(user));
        }
        catch (RuleViolation refused)
        {
            ModelState.AddModelError("", refused.Message);
            return Page();
        }
        TempData["Message"] = "密码已修改";
        return Redirect("/");
    }
}
