using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Supervision.LookBacks;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision;

/// <summary>
/// 回头看： the look-backs due in the user's rounds, those coming and those done; the office records each (held, or
/// rebounded with the reason, which reopens the measure) and orders a whole round's look-back from its ledger.
/// </summary>
[Authorize(Policy = Policies.LedgerReader)]
public sealed class LookBacksModel(LookBackQuery query, UserScope user) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)] public LookBackView View { get; set; } = LookBackView.Due;
    [BindProperty(SupportsGet = true)] public Guid? RoundId { get; set; }
    [BindProperty(SupportsGet = true)] public int? PageNumber { get; set; }
    public Page<LookBackRow> Rows { get; private set; } = null!;
    public bool IsOffice { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct)
    {
        Rows = await query.HandleAsync(View, RoundId, PageNumber, 50, ct);
        IsOffice = (await user.LoadAsync(ct)).Role == Role.Office;
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, LookBackResult result, string? finding, int version,
        [FromServices] ReviewLookBack action, CancellationToken ct)
    {
        await action.HandleAsync(id, new ReviewLookBackInput(result, finding, version), ct);
        TempData["Message"] = result == LookBackResult.Held ? "已确认整改成效巩固" : "已记录反弹，该措施已重新打开整改";
        return Redirect(Link(View));
    }

    public async Task<IActionResult> OnPostOrderAsync(Guid roundId, [FromServices] OrderRoundLookBack action, CancellationToken ct)
    {
        var ordered = await action.HandleAsync(roundId, ct);
        TempData["Message"] = $"已对本轮次{ordered}项已销号措施安排回头看";
        return Redirect($"/Supervision/LookBacks?roundId={roundId}");
    }

    public string Link(LookBackView view, int? page = null) =>
        $"/Supervision/LookBacks?view={view}" + (RoundId is { } r ? $"&roundId={r}" : "") + (page is { } p ? $"&pageNumber={p}" : "");

    public static string KindLabel(LookBackKind kind) => kind == LookBackKind.RoundReview ? "轮次回头看" : "销号后回头看";

    public static string StateLabel(LookBackState state) => state switch
    {
        LookBackState.Held => "成效巩固",
        LookBackState.Rebounded => "发现反弹",
        LookBackState.Cancelled => "已取消",
        _ => "待回头看",
    };
}
