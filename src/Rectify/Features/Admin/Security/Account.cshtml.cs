using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;
using Rectify.Platform;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Security;

/// <summary>One account's role, lockout, password and second factor, for the security admin.</summary>
[Authorize(Policy = Policies.SecurityAdmin)]
public sealed class AccountModel(
    SecurityAccountQuery query, AssignRole assign, UnlockAccount unlock, ResetPassword reset, ResetSecondFactor resetSecondFactor,
    IOptions<RectifyOptions> options, TimeProvider time) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public SecurityAccountRow Account { get; private set; } = null!;
    public List<SelectListItem> Roles { get; } = UnitOptions.Roles();
    public AssignRoleInput? Assign { get; set; }
    public ResetPasswordInput? Reset { get; set; }
    public bool IsLockedOut => Account.IsLockedOut(time.GetUtcNow());
    public string PasswordRule => PasswordRuleText.For(options.Value.Security);

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task<IActionResult> OnPostRoleAsync([Bind(Prefix = nameof(Assign))] AssignRoleInput input, CancellationToken ct)
    {
        Assign = input;
        if (!ModelState.IsValid) return await ShowAsync(ct);
        await assign.HandleAsync(Id, input, ct);
        return Done("已修改角色，该账号须重新登录");
    }

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken ct)
    {
        await unlock.HandleAsync(Id, ct);
        return Done("已解除锁定");
    }

    public async Task<IActionResult> OnPostResetAsync([Bind(Prefix = nameof(Reset))] ResetPasswordInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ShowAsync(ct);
        await reset.HandleAsync(Id, input, ct);
        return Done("已重置密码并解除锁定；请将新密码当面或密封告知本人，其下次登录须修改密码");
    }

    public async Task<IActionResult> OnPostSecondFactorAsync(CancellationToken ct)
    {
        await resetSecondFactor.HandleAsync(Id, ct);
        return Done("已重置动态验证码，该账号下次登录时须重新绑定");
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        Account = await query.OneAsync(Id, ct);
        Assign ??= new AssignRoleInput(Account.Role);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        return Page();
    }

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect($"/Admin/Security/Account/{Id}");
    }
}
