using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds;

namespace Rectify.Features.Dashboard;

/// <summary>督办看板： the dashboard's figures as charts, each with the table behind it; filters in the query string.</summary>
public sealed class IndexModel(DashboardQuery dashboard, ScopeRounds scopeRounds, ScopeUnits scopeUnits) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? RoundId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }

    public DashboardDetails Details { get; private set; } = null!;
    /// <summary>The round filtered by, as the picker shows it.</summary>
    public PickerChoice? Round { get; private set; }
    /// <summary>The unit filtered by, as the picker shows it.</summary>
    public PickerChoice? Unit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Details = await dashboard.HandleAsync(new DashboardFilter(RoundId, UnitId), ct);
        Round = await scopeRounds.FindAsync(RoundId, ct);
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
