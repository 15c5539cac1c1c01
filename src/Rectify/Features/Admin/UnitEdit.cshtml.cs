using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Admin.Units;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin;

[Authorize(Roles = nameof(Role.SystemAdmin))]
public sealed class UnitEditModel(UnitTreeQuery tree, EditUnit edit, MoveUnit move, DeactivateUnit deactivate, ScopeUnits units) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public UnitRow Unit { get; private set; } = null!;
    /// <summary>The parent the move form holds, as its picker shows it.</summary>
    public PickerChoice? Parent { get; private set; }
    public EditUnitInput? Edit { get; set; }
    public MoveUnitInput? Move { get; set; }

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task<IActionResult> OnPostEditAsync([Bind(Prefix = nameof(Edit))] EditUnitInput input, CancellationToken ct)
    {
        Edit = input;
        if (!ModelState.IsValid) return await ShowAsync(ct);
        await edit.HandleAsync(Id, input, ct);
        return Done($"已保存单位“{input.Name.Trim()}”");
    }

    public async Task<IActionResult> OnPostMoveAsync([Bind(Prefix = nameof(Move))] MoveUnitInput input, CancellationToken ct)
    {
        Move = input;
        await move.HandleAsync(Id, input, ct);
        return Done("已移动单位，其下级单位随之移动");
    }

    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken ct)
    {
        await deactivate.HandleAsync(Id, ct);
        return Done("已停用该单位");
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        Unit = await tree.FindAsync(Id, ct) ?? throw new NotFoundException(AdminErrors.UnitNotFound);
        Edit ??= new EditUnitInput(Unit.Name, Unit.ShortName, Unit.Aliases, Unit.SupervisingLeader, Unit.SortOrder, Unit.Version);
        Move ??= new MoveUnitInput(Unit.ParentId);
        Parent = await units.FindAsync(Move.ParentId, ct, everyUnit: true);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        return Page();
    }

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect("/Admin/Units");
    }
}
