using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Rectify.Features.Rounds;
using Rectify.Features.Admin.Users;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin;

[Authorize(Roles = nameof(Platform.Security.Role.SystemAdmin))]
public sealed class UsersModel(UserListQuery list, ScopeUnits units, CreateUser create, TimeProvider time) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public Role? Role { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Active { get; set; }
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public Page<UserRow> Users { get; private set; } = new([], 0, 1, Paging.DefaultSize);
    /// <summary>The unit the list is filtered to, and the unit chosen on a refused creation, as their pickers show them.</summary>
    public PickerChoice? Unit { get; private set; }
    public PickerChoice? CreateUnit { get; private set; }
    public List<SelectListItem> Roles { get; } = UnitOptions.Roles();
    public List<SelectListItem> NewUserRoles { get; } = UnitOptions.BusinessRoles();
    public CreateUserInput? Create { get; set; }
    public DateTimeOffset Now => time.GetUtcNow();

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync([Bind(Prefix = nameof(Create))] CreateUserInput input, CancellationToken ct)
    {
        Create = input;
        if (!ModelState.IsValid)
        {
            await ReloadAsync(ct);
            return Page();
        }
        var id = await create.HandleAsync(input, ct);
        TempData["Message"] = $"已创建用户“{input.UserName.Trim()}”，请联系安全管理员设置初始密码";
        return Redirect($"/Admin/UserEdit/{id}");
    }

    public string PageUrl(int number) =>
        Url.Page("/Admin/Users", new { UnitId, Role, Active, Text, p = number }) ?? "";

    public async Task ReloadAsync(CancellationToken ct)
    {
        Users = await list.HandleAsync(new UserFilter(UnitId, Role, Active, Text, PageNumber, Paging.DefaultSize), ct);
        Unit = await units.FindAsync(UnitId, ct, everyUnit: true);
        CreateUnit = await units.FindAsync(Create?.UnitId, ct, everyUnit: true);
    }

    /// <summary>The admin forms' unit picker (wwwroot/js/unit-picker.js): every active unit by name, as JSON.</summary>
    public Task<IActionResult> OnGetUnitsAsync(string? text, CancellationToken ct) => ScopeUnits.AsJsonAsync(units.SearchAsync(text, ct, everyUnit: true));
}
