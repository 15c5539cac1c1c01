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
    /// <summary>The office saw the round with this title and chose to create another.</summary>
    [BindProperty] public bool AllowDuplicate { get; set; }
    public DuplicateRound? Duplicate { get; private set; }
    public PickerChoice? InspectedUnit { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct) => InspectedUnit = await scopeUnits.FindAsync(Form.InspectedUnitId, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(ct);
            return Page();
        }
        Guid id;
        try
        {
            id = await action.HandleAsync(Form.ToInput(), ct, AllowDuplicate);
        }
        catch (DuplicateRound duplicate)
        {
            Duplicate = duplicate;
            await ReloadAsync(ct);
            return Page();
        }
        TempData["Message"] = "轮次已创建，请添加方面、问题和整改措施";
        return Redirect($"/Rounds/Structure/{id}");
    }
}
