using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Documents.Excel;
using Rectify.Features.Documents.Jobs;
using Rectify.Features.Documents.Mappings;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents;

/// <summary>
/// The office uploads a ledger sheet as a new round or into a round it has, in the export's layout or through a column
/// mapping it may save. With JS the page previews the sheet's columns, uploads with a percentage and polls the job's
/// progress; without, the form posts and the import runs in the request. A refused sheet shows the table of every error.
/// </summary>
[Authorize(Roles = nameof(Platform.Security.Role.Office))]
[ReceivesFiles]
public sealed class ImportSheetModel(ScopeUnits scopeUnits, ScopeRounds scopeRounds, SheetMappings mappings) : PageModel, IReloadablePage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [BindProperty] public Guid? InspectedUnitId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? InspectingBody { get; set; }
    [BindProperty] public DateOnly? FeedbackDate { get; set; }
    /// <summary>The office saw the round this sheet (or title) already made and chose to import it again.</summary>
    [BindProperty] public bool AllowDuplicate { get; set; }
    public DuplicateRound? Duplicate { get; private set; }
    /// <summary>The round to import into; none means a new round.</summary>
    [BindProperty] public Guid? RoundId { get; set; }
    [BindProperty] public int? HeaderRow { get; set; }
    /// <summary>Field → column, from the inputs named Columns[具体问题]… (read by hand: a dictionary bound with no such
    /// inputs would take every other form field instead).</summary>
    public Dictionary<string, string> Columns { get; private set; } = [];
    [BindProperty] public Guid? MappingId { get; set; }
    [BindProperty] public string? MappingName { get; set; }
    /// <summary>Split "一是…；二是…" cells into measures; unset, cells that begin with 一是 and hold 二是 are split.</summary>
    [BindProperty] public bool? SplitNumbered { get; set; }
    public IReadOnlyList<ImportError> Errors { get; private set; } = [];
    public SheetImportResult? Result { get; private set; }
    public PickerChoice? InspectedUnit { get; private set; }
    /// <summary>The round chosen to import into, as its picker shows it.</summary>
    public PickerChoice? Round { get; private set; }
    public IReadOnlyList<SheetMappingDetails> Mappings { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct)
    {
        if (Request.HasFormContentType)
            Columns = Request.Form.Where(f => f.Key.StartsWith("Columns[") && f.Key.EndsWith(']'))
                .ToDictionary(f => f.Key["Columns[".Length..^1], f => f.Value.ToString().Trim());
        InspectedUnit = await scopeUnits.FindAsync(InspectedUnitId, ct);
        Round = await scopeRounds.FindAsync(RoundId, ct);
        Mappings = await mappings.ListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, [FromServices] ImportLedgerSheet create, [FromServices] ImportSheetIntoRound into, CancellationToken ct)
    {
        await ReloadAsync(ct);
        try
        {
            var mapping = await MappingAsync(ct);
            await using var stream = ExcelApi.OpenUpload(file);
            if (RoundId is { } roundId)
            {
                Result = await into.HandleAsync(roundId, stream, mapping, new ImportProgress(), ct);
                return Page();
            }
            Result = await create.HandleAsync(stream, NewRound(), mapping, new ImportProgress(), ct);
            return Page();
        }
        catch (DuplicateRound duplicate)
        {
            Duplicate = duplicate;
            return Page();
        }
        catch (ImportErrors refused)
        {
            // The message goes to the summary like any refusal; the rows go to the table below it.
            ModelState.AddModelError("", refused.Message);
            Errors = refused.Items;
            return Page();
        }
    }

    /// <summary>The sheet's header cells and first rows, for the mapping (JSON, for the page's script).</summary>
    public Task<IActionResult> OnPostPreviewAsync(IFormFile? file) => RefusedAsJson(async () =>
    {
        await using var stream = ExcelApi.OpenUpload(file);
        return SheetPreview.Read(stream, HeaderRow, HttpContext.RequestServices.Options().Files);
    });

    /// <summary>Starts the import as a job; the script polls its status.</summary>
    public Task<IActionResult> OnPostStartAsync(IFormFile? file, [FromServices] SheetImportLauncher launcher, CancellationToken ct) =>
        RefusedAsJson(async () =>
        {
            await ReloadAsync(ct);
            var columns = Columns.Any(c => !string.IsNullOrWhiteSpace(c.Value)) ? JsonSerializer.Serialize(Mapping(), Json) : null;
            var job = RoundId is { } roundId
                ? await launcher.IntoRoundAsync(roundId, file, columns is null ? MappingId : null, columns, ct)
                : await launcher.NewRoundAsync(file, NewRound(), columns is null ? MappingId : null, columns, ct);
            return new { statusUrl = Url.Page("/Documents/ImportSheet", "Status", new { id = job.Id }) };
        });

    public Task<IActionResult> OnGetStatusAsync(Guid id, [FromServices] SheetImportLauncher launcher, CancellationToken ct) =>
        RefusedAsJson(async () => await launcher.StatusAsync(id, ct));

    /// <summary>A finished job's result as the same panel a form post shows (HTML, for the page's script).</summary>
    public async Task<IActionResult> OnGetResultAsync(Guid id, [FromServices] SheetImportLauncher launcher, CancellationToken ct)
    {
        var status = await launcher.StatusAsync(id, ct);
        var result = status.Result?.Deserialize<SheetImportResult>(Json);
        return result is null ? NotFound() : Partial("_ImportResult", result);
    }

    public async Task<IActionResult> OnPostSaveMappingAsync([FromServices] SaveSheetMapping save, CancellationToken ct)
    {
        await ReloadAsync(ct);
        MappingId = await save.CreateAsync(new SheetMappingInput(MappingName, HeaderRow ?? 0, Columns), ct);
        Mappings = await mappings.ListAsync(ct);
        TempData["Message"] = $"已保存列对应模板“{MappingName?.Trim()}”，请重新选择台账文件后导入";
        return Page();
    }

    private ImportLedgerSheetInput NewRound() => new(InspectedUnitId ?? Guid.Empty, Title, InspectingBody, FeedbackDate, AllowDuplicate: AllowDuplicate);

    private ColumnMapping Mapping() => new(HeaderRow ?? 0, Columns.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(), SplitNumbered);

    /// <summary>The columns typed on the page, else the chosen template, else none: the export's layout.</summary>
    private async Task<ColumnMapping?> MappingAsync(CancellationToken ct) =>
        Columns.Any(c => !string.IsNullOrWhiteSpace(c.Value)) ? Mapping()
            : await mappings.ResolveAsync(MappingId, null, ct) is { } saved ? saved with { SplitNumbered = SplitNumbered } : null;

    /// <summary>The script's calls get JSON either way: the answer, or the refusal's message and rows.</summary>
    private async Task<IActionResult> RefusedAsJson(Func<Task<object>> answer)
    {
        try
        {
            return new JsonResult(await answer(), Json);
        }
        catch (ImportErrors refused)
        {
            return new JsonResult(new { title = refused.Message, errors = refused.Items }, Json) { StatusCode = refused.StatusCode };
        }
        catch (DuplicateRound duplicate)
        {
            var body = new { title = duplicate.Message, existingRoundUrl = $"/Rounds/Structure/{duplicate.ExistingRoundId}", existingRoundTitle = duplicate.ExistingTitle };
            return new JsonResult(body, Json) { StatusCode = duplicate.StatusCode };
        }
        catch (RuleViolation refused)
        {
            return new JsonResult(new { title = refused.Message }, Json) { StatusCode = refused.StatusCode };
        }
        catch (NotFoundException missing)
        {
            return new JsonResult(new { title = missing.Message }, Json) { StatusCode = StatusCodes.Status404NotFound };
        }
    }
}
