using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Documents.Excel;
using Rectify.Features.Rounds;

namespace Rectify.Features.Documents;

/// <summary>
/// The office uploads a ledger sheet (the export's layout) to create a new round; a refused sheet comes back
/// with the table of every error and the typed details kept.
/// </summary>
[Authorize(Roles = nameof(Platform.Security.Role.Office))]
public sealed class ImportSheetModel(ScopeUnits scopeUnits) : PageModel
{
    [BindProperty] public Guid? InspectedUnitId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? InspectingBody { get; set; }
    [BindProperty] public DateOnly? FeedbackDate { get; set; }
    public IReadOnlyList<ImportError> Errors { get; private set; } = [];
    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await scopeUnits.HandleAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, [FromServices] ImportLedgerSheet action, CancellationToken ct)
    {
        Units = await scopeUnits.HandleAsync(ct);
        try
        {
            await using var stream = ExcelApi.OpenUpload(file);
            var id = await action.HandleAsync(stream, new ImportLedgerSheetInput(InspectedUnitId ?? Guid.Empty, Title, InspectingBody, FeedbackDate),
                null, new ImportProgress(), ct);
            TempData["Message"] = "已根据台账创建轮次,各项措施均为未启动,请核对问题和措施清单";
            return Redirect($"/Rounds/Ledger?roundId={id}");
        }
        catch (ImportErrors refused)
        {
            // The message goes to the summary like any refusal; the rows go to the table below it.
            ModelState.AddModelError("", refused.Message);
            Errors = refused.Items;
            return Page();
        }
    }
}
