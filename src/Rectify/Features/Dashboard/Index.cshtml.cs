using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;

namespace Rectify.Features.Dashboard;

public sealed record RoundOption(Guid Id, string Title);

/// <summary>督办看板： the dashboard's figures as charts, each with the table behind it; filters in the query string.</summary>
public sealed class IndexModel(DashboardQuery dashboard, RoundAccess access, ScopeUnits scopeUnits) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? RoundId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }

    public DashboardDetails Details { get; private set; } = null!;
    public IReadOnlyList<RoundOption> Rounds { get; private set; } = [];
    /// <summary>The unit filtered by, as the picker shows it.</summary>
    public UnitMatch? Unit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Details = await dashboard.HandleAsync(new DashboardFilter(RoundId, UnitId), ct);
        Rounds = await (await access.VisibleRoundsAsync(ct)).OrderByDescending(r => r.FeedbackDate).ThenBy(r => r.Title)
            .Select(r => new RoundOption(r.Id, r.Title)).ToListAsync(ct);
        if (UnitId is { } unitId) Unit = await scopeUnits.FindAsync(unitId, ct);
    }

    /// <summary>The ledger narrowed the same way, for the links under the figures.</summary>
    public string LedgerLink(string? extra = null, Guid? unitId = null) =>
        "/Rounds/Ledger?" + string.Join("&", new[]
        {
            RoundId is { } r ? $"roundId={r}" : null,
            (unitId ?? UnitId) is { } u ? $"unitId={u}" : null,
            extra,
        }.Where(p => p is not null));
}
