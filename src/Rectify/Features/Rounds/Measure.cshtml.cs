using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds.Ledger;
using Rectify.Features.Rounds.Progress;
using Rectify.Features.Rounds.Review;
using Rectify.Platform.Calendar;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>One measure: its lists, progress with evidence, close-out request, review and history.</summary>
[ReceivesFiles]
public sealed class MeasureModel(MeasureDetailsQuery details, TimeProvider time) : PageModel, IReloadablePage
{
    [FromRoute] public Guid Id { get; set; }
    public MeasureDetails Measure { get; private set; } = null!;
    public DateOnly Today => time.Today();

    [BindProperty, StringLength(4000, ErrorMessage = RoundsErrors.ProgressTextTooLong)] public string? ProgressText { get; set; }
    [BindProperty, Range(0, 100, ErrorMessage = "完成进度应在0到100之间")] public int? Percent { get; set; }
    [BindProperty] public DateOnly? ProgressOn { get; set; }
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty, StringLength(2000, ErrorMessage = RoundsErrors.CloseOutNoteTooLong)] public string? Note { get; set; }
    [BindProperty] public ReviewDecision Decision { get; set; }
    [BindProperty, StringLength(1000, ErrorMessage = RoundsErrors.ReasonTooLong)] public string? Reason { get; set; }

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct) => Measure = await details.HandleAsync(Id, ct);

    public async Task<IActionResult> OnPostProgressAsync([FromServices] ReportProgress action, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ShowAsync(ct);
        await action.HandleAsync(Id, new ProgressInput(ProgressText ?? "", Percent ?? -1, ProgressOn), MeasuresApi.Uploads(Request.Form.Files), ct);
        return Done("进展已填报");
    }

    public async Task<IActionResult> OnPostCloseOutAsync([FromServices] RequestCloseOut action, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ShowAsync(ct);
        await action.HandleAsync(Id, new RequestCloseOutInput(Note), ct);
        return Done("已提交销号申请，等待整改办审核");
    }

    public async Task<IActionResult> OnPostReviewAsync([FromServices] ReviewCloseOut action, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ShowAsync(ct);
        await action.HandleAsync(Id, new ReviewCloseOutInput(Decision, Reason), ct);
        return Done(Decision switch { ReviewDecision.Approve => "已销号", ReviewDecision.StageResult => "已认定取得阶段性成效", _ => "已退回" });
    }

    public async Task<IActionResult> OnPostReopenAsync([FromServices] ReopenMeasure action, CancellationToken ct)
    {
        await action.HandleAsync(Id, new ReopenInput(Reason ?? ""), ct);
        return Done("已重新打开");
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid evidenceId, [FromServices] OpenEvidence action, CancellationToken ct)
    {
        var file = await action.HandleAsync(evidenceId, ct);
        return File(file.Content, file.PrepareResponse(Response));
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        return Page();
    }

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect($"/Rounds/Measure/{Id}");
    }
}
