using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds.Ledger;

namespace Rectify.Features.Rounds;

/// <summary>Who changed a round's details and its tree, when, and what before and after.</summary>
public sealed class HistoryModel(RoundDetailsQuery details, RoundHistoryQuery history) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    public RoundDetails Round { get; private set; } = null!;
    public IReadOnlyList<HistoryRow> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Round = await details.HandleAsync(Id, ct);
        Entries = await history.HandleAsync(Id, 500, ct);
    }
}
