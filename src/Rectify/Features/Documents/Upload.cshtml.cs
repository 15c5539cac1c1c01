using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Documents.Parsing;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents;

/// <summary>
/// The office uploads a published report (.txt in UTF-8 or GB18030, or .docx), reviews what the parser
/// found — details, tree, stated figures, warnings — corrects the details and confirms.
/// </summary>
[Authorize(Roles = nameof(Platform.Security.Role.Office))]
[ReceivesFiles]
public sealed class UploadModel(ScopeUnits scopeUnits, DuplicateRounds duplicates, UserScope user) : PageModel, IReloadablePage
{
    private const long MaxBytes = 10 * 1024 * 1024;

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public Guid? InspectedUnitId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? InspectingBody { get; set; }
    /// <summary>The office saw the round this report already made and chose to import it again.</summary>
    [BindProperty] public bool AllowDuplicate { get; set; }
    public DuplicateRound? Duplicate { get; private set; }
    public ParsedReport? Report { get; private set; }
    public PickerChoice? InspectedUnit { get; private set; }

    public void OnGet() { }

    public async Task ReloadAsync(CancellationToken ct)
    {
        InspectedUnit = await scopeUnits.FindAsync(InspectedUnitId, ct);
        if (!string.IsNullOrWhiteSpace(Text)) Report = ReportParser.Parse(Text);
    }

    public async Task<IActionResult> OnPostParseAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) throw RuleViolation.Invalid(DocumentsErrors.NoFile);
        if (file.Length > MaxBytes) throw RuleViolation.Invalid(DocumentsErrors.TooLarge);
        try
        {
            await using var stream = file.OpenReadStream();
            Text = ReportReader.ReadText(stream, file.FileName, HttpContext.RequestServices.Options().Files);
        }
        catch (InvalidDataException refused)
        {
            throw RuleViolation.Invalid(refused.Message);
        }
        Report = ReportParser.Parse(Text);
        Title = Report.Title;
        InspectingBody = Report.InspectingBody;
        InspectedUnitId = await scopeUnits.GuessAsync([Report.InspectedUnit, Report.Issuer], ct);
        InspectedUnit = await scopeUnits.FindAsync(InspectedUnitId, ct);
        Duplicate = await duplicates.FindAsync(await user.LoadAsync(ct), RoundSource.Report, DuplicateRounds.HashOf(Text), Title, InspectedUnitId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync([FromServices] ConfirmParsedRound action, CancellationToken ct)
    {
        Guid id;
        try
        {
            id = await action.HandleAsync(new ConfirmParsedRoundInput(Text ?? "", InspectedUnitId ?? Guid.Empty, Title, InspectingBody, AllowDuplicate), ct);
        }
        catch (DuplicateRound duplicate)
        {
            Duplicate = duplicate;
            await ReloadAsync(ct);
            return Page();
        }
        TempData["Message"] = "已根据报告创建轮次，请核对问题和措施清单，并补充责任单位和完成时限";
        return Redirect($"/Rounds/Structure/{id}");
    }
}
