using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>调度通报： the kept dispatches the user may read, newest first; for the office a form to issue a new one.</summary>
[Authorize(Policy = Policies.Overseer)]
public sealed class DispatchesModel(DispatchQuery query, ScopeRounds scopeRounds, UserScope user, TimeProvider time) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)] public int? PageNumber { get; set; }
    /// <summary>The new dispatch's round; none: 全部轮次.</summary>
    [BindProperty] public Guid? RoundId { get; set; }
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? To { get; set; }

    public Page<DispatchSummaryRow> Rows { get; private set; } = null!;
    /// <summary>The new dispatch's round as its picker shows it (a form shown again keeps it).</summary>
    public PickerChoice? Round { get; private set; }
    public bool IsOffice { get; private set; }
    public DateOnly Today => time.Today();

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct)
    {
        Rows = await query.ListAsync(null, PageNumber, 30, ct);
        IsOffice = (await user.LoadAsync(ct)).Role == Role.Office;
        if (IsOffice) Round = await scopeRounds.FindAsync(RoundId, ct);
    }

    public async Task<IActionResult> OnPostAsync([FromServices] IssueDispatch action, CancellationToken ct)
    {
        var id = await action.HandleAsync(new DispatchInput(RoundId, From, To), ct);
        TempData["Message"] = "已生成调度通报";
        return Redirect($"/Supervision/Dispatches/{id}");
    }
}
