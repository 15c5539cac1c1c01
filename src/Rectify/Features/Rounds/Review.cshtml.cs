using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds.Progress;
using Rectify.Features.Rounds.Review;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>The office's review queue: evidence at hand, approve （销号） one or several at once, accept as stage results, or return.</summary>
[Authorize(Roles = nameof(Platform.Security.Role.Office))]
public sealed class ReviewModel(ReviewQueue queue) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)] public Guid? RoundId { get; set; }
    [BindProperty(SupportsGet = true)] public int? PageNumber { get; set; }
    public Page<ReviewRow> Rows { get; private set; } = null!;
    /// <summary>What a batch approval did, one line per measure chosen.</summary>
    public IReadOnlyList<(BatchOutcome Outcome, string Text)> Outcomes { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct) => Rows = await queue.HandleAsync(RoundId, PageNumber, 50, ct);

    public async Task<IActionResult> OnPostAsync(Guid measureId, ReviewDecision decision, string? reason, [FromServices] ReviewCloseOut action, CancellationToken ct)
    {
        await action.HandleAsync(measureId, new ReviewCloseOutInput(decision, reason), ct);
        TempData["Message"] = decision switch { ReviewDecision.Approve => "已销号", ReviewDecision.StageResult => "已认定取得阶段性成效", _ => "已退回责任单位" };
        return Redirect($"/Rounds/Review{(RoundId is null ? "" : "?roundId=" + RoundId)}");
    }

    public async Task<IActionResult> OnPostBatchAsync(List<Guid> measureIds, [FromServices] ApproveCloseOuts action, CancellationToken ct)
    {
        // The queue before the batch names each measure; the outcome lines read as the clerk chose them.
        await ReloadAsync(ct);
        var names = Rows.Items.ToDictionary(r => r.MeasureId, r => Short($"{r.MeasureLabel} {r.Text}"));
        var outcomes = await action.HandleAsync(new ApproveCloseOutsInput(measureIds), ct);
        Outcomes = outcomes.Select(o => (o, names.GetValueOrDefault(o.MeasureId, "该措施"))).ToList();
        await ReloadAsync(ct);
        return Page();
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    public async Task<IActionResult> OnGetEvidenceAsync(Guid evidenceId, [FromServices] OpenEvidence action, CancellationToken ct)
    {
        var file = await action.HandleAsync(evidenceId, ct);
        return File(file.Content, file.PrepareResponse(Response));
    }
}
