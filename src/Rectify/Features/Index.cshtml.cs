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
        // The three admins of 三员分立 read no rounds: each goes to his own work.
        if (Enum.GetValues<Role>().Any(r => r.IsAdmin() && User.IsInRole(r.ToString()))) return Redirect(Todo.Landing.For(User));
        Rounds = await rounds.HandleAsync(ct);
        return Page();
    }
}
