using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>/Appeals/Details/{id}: the appeal, its rounds, files and history, and every step the viewer may take now.</summary>
[Authorize(Policy = AppealsApi.ReaderPolicy)]
[ReceivesFiles]
public sealed class DetailsModel(AppealDetailsQuery details, AppealHistoryQuery history, ScopeUnits units, IServiceProvider services) : PageModel
{
    public AppealDetails Appeal { get; private set; } = null!;
    public IReadOnlyList<AppealHistoryRow> History { get; private set; } = [];
    /// <summary>The unit the assign form starts from: the unit that handled it before, when it is reopened.</summary>
    public PickerChoice? AssignUnit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id, bool accept, string? reason, CancellationToken ct) =>
        Step<AcceptAppeal>(id, a => a.HandleAsync(id, new AcceptInput(accept, reason), ct), accept ? "已受理。" : "已作不予受理处理。", ct);

    public Task<IActionResult> OnPostAssignAsync(Guid id, Guid unitId, AppealTier tier, int? workingDays, CancellationToken ct) =>
        Step<AssignAppeal>(id, a => a.HandleAsync(id, new AssignInput(unitId, tier, workingDays), ct), "已交办。", ct);

    public Task<IActionResult> OnPostTransferDecisionAsync(Guid id, bool approve, string? reason, CancellationToken ct) =>
        Step<DecideTransfer>(id, a => a.HandleAsync(id, new DecisionInput(approve, reason), ct), approve ? "已同意转办。" : "已不同意转办。", ct);

    public Task<IActionResult> OnPostCheckAsync(Guid id, bool approve, string? reason, CancellationToken ct) =>
        Step<CheckReply>(id, a => a.HandleAsync(id, new DecisionInput(approve, reason), ct), approve ? "答复已审核通过，待企业评价。" : "答复已退回重答。", ct);

    public Task<IActionResult> OnPostFollowUpAsync(Guid id, string? note, Rating? rating, CancellationToken ct) =>
        Step<RecordFollowUp>(id, a => a.HandleAsync(id, new FollowUpInput(note, rating), ct), "回访情况已记录。", ct);

    /// <summary>Each participant row posts a unit (empty when none was picked) and its duty, in step.</summary>
    public Task<IActionResult> OnPostConsultAsync(Guid id, DateOnly heldOn, string? summary, Guid?[] unitIds, string[] duties, CancellationToken ct) =>
        Step<ConsultAppeal>(id, a => a.HandleAsync(id, new ConsultInput(heldOn, summary,
            unitIds.Zip(duties).Where(p => p.First is { } unit && unit != Guid.Empty)
                .Select(p => new ConsultationParticipant(p.First!.Value, p.Second ?? "")).ToList()), ct),
            "会商记录已保存。", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, string? reason, CancellationToken ct) =>
        Step<ReturnAppeal>(id, a => a.HandleAsync(id, new ReasonInput(reason), ct), "已退回整改办。", ct);

    public Task<IActionResult> OnPostTransferAsync(Guid id, Guid toUnitId, string? reason, CancellationToken ct) =>
        Step<TransferAppeal>(id, a => a.HandleAsync(id, new TransferInput(toUnitId, reason), ct), "转办申请已提交，待整改办同意。", ct);

    public Task<IActionResult> OnPostReplyAsync(Guid id, string? text, CancellationToken ct) =>
        Step<ReplyAppeal>(id, a => a.HandleAsync(id, new ReplyInput(text), MeasuresApi.Uploads(Request.Form.Files), ct), "答复已提交，待整改办审核。", ct);

    /// <summary>
    /// The 转办 form's unit picker (wwwroot/js/unit-picker.js): a unit asking to transfer the appeal names whichever unit
    /// should handle it, in its scope or not, so it searches every unit; nobody else may.
    /// </summary>
    public async Task<IActionResult> OnGetUnitsAsync(Guid id, string? text, CancellationToken ct)
    {
        var appeal = await details.HandleAsync(id, ct);
        if (!appeal.Actions.Transfer) return NotFound();
        return await ScopeUnits.AsJsonAsync(units.SearchAsync(text, ct, everyUnit: true));
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid attachmentId, [FromServices] OpenAppealAttachment action, CancellationToken ct)
    {
        var file = await action.HandleAsync(attachmentId, ct);
        return File(file.Content, file.PrepareResponse(Response));
    }

    private async Task<IActionResult> Step<TAction>(Guid id, Func<TAction, Task> run, string done, CancellationToken ct) where TAction : notnull
    {
        try
        {
            await run(services.GetRequiredService<TAction>());
            TempData["Message"] = done;
            return Redirect($"/Appeals/Details/{id}");
        }
        catch (RuleViolation refused)
        {
            ModelState.AddModelError("", refused.Message);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Appeal = await details.HandleAsync(id, ct);
        History = await history.HandleAsync(id, ct);
        if (Appeal.Actions.Assign) AssignUnit = await units.FindAsync(Appeal.UnitId, ct);
    }
}
