using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Account;

/// <summary>Binding an authenticator app; the admin roles are sent here until they have one.</summary>
public sealed class AuthenticatorModel(EnrolAuthenticator enrol, SignInManager<User> signIn) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    public bool Enabled { get; private set; }
    public AuthenticatorSetup? Setup { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync(await enrol.UserAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await enrol.UserAsync();
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError("", SecurityErrors.CodeRequired);
            await LoadAsync(user);
            return Page();
        }
        try
        {
            RecoveryCodes = await enrol.ConfirmAsync(user, Code);
        }
        catch (RuleViolation refused)
        {
            ModelState.AddModelError("", refused.Message);
            await LoadAsync(user);
            return Page();
        }
        // Enabling the second factor renewed the account's stamp: this session goes on, every other one ended.
        await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, await signIn.CreateUserPrincipalAsync(user));
        Enabled = true;
        return Page();
    }

    private async Task LoadAsync(User user)
    {
        Enabled = user.TwoFactorEnabled;
        if (!Enabled) Setup = await enrol.SetupAsync(user);
    }
}
