using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Security;

namespace Rectify.Features;

public sealed class IndexModel(RoundListQuery rounds) : PageModel
{
    public IReadOnlyList<RoundRow> Rounds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.IsInRole(nameof(Role.SystemAdmin))) return Redirect("/Admin/Users");
        Rounds = await rounds.HandleAsync(ct);
        return Page();
    }
}
