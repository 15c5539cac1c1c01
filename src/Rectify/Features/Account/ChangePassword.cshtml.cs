using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Account;

public sealed class ChangePasswordModel(ChangePassword action, SignInManager<User> signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "请输入原密码"), DataType(DataType.Password)] public string CurrentPassword { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "请输入新密码"), DataType(DataType.Password)] public string NewPassword { get; set; } = "";

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
