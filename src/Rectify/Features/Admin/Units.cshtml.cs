using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Admin.Units;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin;

[Authorize(Roles = nameof(Role.SystemAdmin))]
public sealed class UnitsModel(UnitTreeQuery tree, CreateUnit create, ScopeUnits units) : PageModel, IReloadablePage
{
    public IReadOnlyList<UnitRow> Tree { get; private set; } = [];
    /// <summary>The new unit's parent as its picker shows it (a form shown again keeps it).</summary>
    public PickerChoice? Parent { get; private set; }
    public UnitInput? Create { get; set; }

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync([Bind(Prefix = nameof(Create))] UnitInput input, CancellationToken ct)
    {
        Create = input;
        if (!ModelState.IsValid)
        {
            await ReloadAsync(ct);
            return Page();
        }
        await create.HandleAsync(input, ct);
        TempData["Message"] = $"已新增单位“{input.Name.Trim()}”";
        return RedirectToPage();
    }

    public async Task ReloadAsync(CancellationToken ct)
    {
        Tree = await tree.HandleAsync(ct);
        Parent = await units.FindAsync(Create?.ParentId, ct, everyUnit: true);
    }
}
