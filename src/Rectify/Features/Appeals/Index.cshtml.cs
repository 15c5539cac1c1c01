using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>/Appeals: the office's filtered list, the unit's queue, the leader's reading list.</summary>
[Authorize(Policy = AppealsApi.ReaderPolicy)]
public sealed class IndexModel(AppealListQuery query, ScopeUnits units, UserScope user) : PageModel
{
    [BindProperty(SupportsGet = true)] public AppealState? State { get; set; }
    [BindProperty(SupportsGet = true)] public AppealChannel? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public AppealCategory? Category { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public AppealWarning? Warning { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public Page<AppealRow> Rows { get; private set; } = new([], 0, 1, Paging.DefaultSize);
    /// <summary>The 承办单位 filter's unit, when it is one of the user's (the picker searches by name; a province has 2,000).</summary>
    public PickerChoice? Unit { get; private set; }
    public bool IsOffice { get; private set; }
    public bool IsUnit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsOffice = user.Is(Role.Office);
        IsUnit = user.Is(Role.UnitStaff);
        if (!IsUnit && UnitId is { } unitId) Unit = await units.FindAsync(unitId, ct);
        Rows = await query.HandleAsync(new AppealFilter(State, Channel, Category, UnitId, Warning, Q, PageNumber, 30), ct);
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["state"] = State?.ToString(),
        ["channel"] = Channel?.ToString(),
        ["category"] = Category?.ToString(),
        ["unitId"] = UnitId?.ToString(),
        ["warning"] = Warning?.ToString(),
        ["q"] = Q,
        ["page"] = page.ToString(),
    }.Where(p => p.Value is not null)).ToString();
}
