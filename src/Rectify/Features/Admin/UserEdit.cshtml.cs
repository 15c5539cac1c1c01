using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Rectify.Features.Rounds;
using Rectify.Features.Admin.Users;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin;

[Authorize(Roles = nameof(Role.SystemAdmin))]
public sealed class UserEditModel(UserDetailsQuery details, ScopeUnits units, EditUser edit, SetUserActive setActive, TimeProvider time)
    : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public UserRow Account { get; private set; } = null!;
    public PickerChoice? Unit { get; private set; }
    public List<SelectListItem> Roles { get; private set; } = [];
    public EditUserInput? Edit { get; set; }
    public bool IsLockedOut => Account.IsLockedOut(time.GetUtcNow());

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task<IActionResult> OnPostEditAsync([Bind(Prefix = nameof(Edit))] EditUserInput input, CancellationToken ct)
    {
        Edit = input;
        if (!ModelState.IsValid) return await ShowAsync(ct);
        await edit.HandleAsync(Id, input, ct);
        return Done("已保存用户信息");
    }

    public async Task<IActionResult> OnPostActiveAsync(bool active, CancellationToken ct)
    {
        await setActive.HandleAsync(Id, active, ct);
        return Done(active ? "已启用该用户" : "已停用该用户，其登录已失效");
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        Account = await details.HandleAsync(Id, ct);
        Roles = UnitOptions.BusinessRoles(Account.Role);
        Edit ??= new EditUserInput(Account.FullName, Account.UnitId, Account.Role, Account.Version);
        Unit = await units.FindAsync(Edit.UnitId, ct, everyUnit: true);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        return Page();
    }

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect($"/Admin/UserEdit/{Id}");
    }
}
