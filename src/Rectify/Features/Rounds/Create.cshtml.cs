using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

[Authorize(Roles = nameof(Platform.Security.Role.Office))]
public sealed class CreateModel(ScopeUnits scopeUnits, CreateRound action) : PageModel, IReloadablePage
{
    [BindProperty] public RoundForm Form { get; set; } = new();
    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct) => Units = await scopeUnits.HandleAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(ct);
            return Page();
        }
        var id = await action.HandleAsync(Form.ToInput(), ct);
        TempData["Message"] = "轮次已创建，请添加方面、问题和整改措施";
        return Redirect($"/Rounds/Structure/{id}");
    }
}
