using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Rectify.Features.Admin.Units;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin;

[Authorize(Roles = nameof(Role.SystemAdmin))]
public sealed class UnitsModel(UnitTreeQuery tree, CreateUnit create) : PageModel, IReloadablePage
{
    public IReadOnlyList<UnitRow> Tree { get; private set; } = [];
    public List<SelectListItem> Parents { get; private set; } = [];
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
        Parents = UnitOptions.Units(Tree);
    }
}
