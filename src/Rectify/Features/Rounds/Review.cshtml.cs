using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds.Review;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>The office's review queue: approve (销号), accept as stage results, or return with a reason.</summary>
[Authorize(Roles = nameof(Platform.Security.Role.Office))]
public sealed class ReviewModel(ReviewQueue queue) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)] public Guid? RoundId { get; set; }
    [BindProperty(SupportsGet = true)] public int? PageNumber { get; set; }
    public Page<ReviewRow> Rows { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct) => Rows = await queue.HandleAsync(RoundId, PageNumber, 50, ct);

    public async Task<IActionResult> OnPostAsync(Guid measureId, ReviewDecision decision, string? reason, [FromServices] ReviewCloseOut action, CancellationToken ct)
    {
        await action.HandleAsync(measureId, new ReviewCloseOutInput(decision, reason), ct);
        TempData["Message"] = decision switch { ReviewDecision.Approve => "已销号", ReviewDecision.StageResult => "已认定取得阶段性成效", _ => "已退回责任单位" };
        return Redirect($"/Rounds/Review{(RoundId is null ? "" : "?roundId=" + RoundId)}");
    }
}
