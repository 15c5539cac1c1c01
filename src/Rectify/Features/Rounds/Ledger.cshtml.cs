using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>The ledger page （台账）: filters in the query string, the summary in the reports' words, one page of rows.</summary>
public sealed class LedgerModel(LedgerQuery ledger, LedgerSummaryQuery summary, RoundDetailsQuery rounds, ScopeUnits scopeUnits, ScopeRounds scopeRounds, UserScope user) : PageModel
{
    [BindProperty(SupportsGet = true)] public LedgerParameters Filter { get; set; } = new(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public RoundDetails? Round { get; private set; }
    public LedgerSummary Summary { get; private set; } = null!;
    public LedgerPage Rows { get; private set; } = null!;
    /// <summary>The unit the view is filtered to, as its picker shows it.</summary>
    public PickerChoice? Unit { get; private set; }
    public bool IsOffice { get; private set; }
    /// <summary>Bulletins cover whole rounds: for the office, leaders and inspectors, not unit staff.</summary>
    public bool CanWriteBulletin { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = Filter.ToFilter();
        if (Filter.RoundId is { } roundId) Round = await rounds.HandleAsync(roundId, ct);
        Summary = await summary.HandleAsync(filter, ct);
        // The summary counts the same view exactly (kept figures where it can): the rows need not count it again.
        Rows = await ledger.HandleAsync(filter, ct, knownTotal: Summary.Measures);
        var role = (await user.LoadAsync(ct)).Role;
        IsOffice = role == Role.Office;
        CanWriteBulletin = role is Role.Office or Role.Leader or Role.Inspector;
        if (filter.UnitId is { } unitId) Unit = await scopeUnits.FindAsync(unitId, ct);
    }

    /// <summary>The unit picker's search (wwwroot/js/unit-picker.js): units of the user's scope by name, as JSON.</summary>
    public Task<IActionResult> OnGetUnitsAsync(string? text, CancellationToken ct) => ScopeUnits.AsJsonAsync(scopeUnits.SearchAsync(text, ct));

    /// <summary>The round pickers' search (sheet import, raising an appeal, a dispatch's and the dashboard's scope).</summary>
    public Task<IActionResult> OnGetRoundsAsync(string? text, CancellationToken ct) => ScopeUnits.AsJsonAsync(scopeRounds.SearchAsync(text, ct));

    /// <summary>
    /// The current filter with some values changed, as a query string for links (paging, sorting). A page's cursor goes
    /// only into the link that asks for it (下一页).
    /// </summary>
    public string Link(int? page = null, string? sort = null, bool? desc = null, string? after = null) =>
        "?" + string.Join("&", new Dictionary<string, object?>
        {
            ["roundId"] = Filter.RoundId, ["status"] = Filter.Status, ["open"] = Filter.Open, ["unitId"] = Filter.UnitId, ["leader"] = Filter.Leader,
            ["kind"] = Filter.Kind, ["overdue"] = Filter.Overdue, ["dueSoon"] = Filter.DueSoon,
            ["lagging"] = Filter.Lagging, ["progressMissing"] = Filter.ProgressMissing, ["text"] = Filter.Text,
            ["sort"] = sort ?? Filter.Sort, ["desc"] = desc ?? Filter.Desc, ["page"] = page ?? Filter.Page, ["after"] = after,
            ["exact"] = Filter.Exact, ["pageSize"] = Filter.PageSize,
        }.Where(p => p.Value is not null && p.Value.ToString() != "").Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value is bool b ? (b ? "true" : "false") : p.Value!.ToString()!)}"));
}
