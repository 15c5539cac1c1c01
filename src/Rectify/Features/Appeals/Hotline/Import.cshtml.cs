using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Documents;
using Rectify.Features.Documents.Excel;
using Rectify.Features.Documents.Mappings;
using Rectify.Platform;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals.Hotline;

/// <summary>
/// /Appeals/Hotline/Import: the office previews a 12345 hotline export (every row's errors, the good rows with contacts
/// masked), maps columns its headers do not name, saves the mapping as a template, and imports — all of it, or only the
/// good rows when it says so. Without script: each post carries the file, so it is chosen again after a preview.
/// </summary>
[Authorize(Policy = Policies.Office)]
[ReceivesFiles]
public sealed class ImportModel(ImportHotlineSheet import, SheetMappings mappings) : PageModel, IReloadablePage
{
    [BindProperty] public int? HeaderRow { get; set; }
    [BindProperty] public Guid? MappingId { get; set; }
    [BindProperty] public string? MappingName { get; set; }
    [BindProperty] public bool OnlyGoodRows { get; set; }
    /// <summary>Field → column letter or header text, from the inputs named Columns[工单编号]… (read by hand, as on the ledger's page).</summary>
    public Dictionary<string, string> Columns { get; private set; } = [];
    public IReadOnlyList<SheetMappingDetails> Mappings { get; private set; } = [];
    public HotlineImportResult? Result { get; private set; }
    public IReadOnlyList<ImportError> Errors { get; private set; } = [];
    private IReadOnlyDictionary<string, int> recognised = new Dictionary<string, int>();

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct)
    {
        if (Request.HasFormContentType)
            Columns = Request.Form.Where(f => f.Key.StartsWith("Columns[") && f.Key.EndsWith(']'))
                .ToDictionary(f => f.Key["Columns[".Length..^1], f => f.Value.ToString().Trim());
        Mappings = await mappings.ListAsync(ct, HotlineColumns.MappingKindName);
    }

    public Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct) => RunAsync(file, async (stream, mapping) =>
        Result = await import.PreviewAsync(stream, mapping, ct), ct);

    /// <summary>Imports; the page then shows what was written (the summary) and the rows left out (the error table).</summary>
    public Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct) => RunAsync(file, async (stream, mapping) =>
        Result = await import.HandleAsync(stream, file!.FileName, mapping, OnlyGoodRows, ct), ct);

    public async Task<IActionResult> OnPostSaveMappingAsync([FromServices] SaveSheetMapping save, CancellationToken ct)
    {
        await ReloadAsync(ct);
        MappingId = await save.CreateAsync(new SheetMappingInput(MappingName, HeaderRow ?? 0, Columns, Kind: HotlineColumns.MappingKindName), ct);
        Mappings = await mappings.ListAsync(ct, HotlineColumns.MappingKindName);
        TempData["Message"] = $"已保存列对应模板“{MappingName?.Trim()}”，请重新选择热线工单文件后预览或导入。";
        return Page();
    }

    private async Task<IActionResult> RunAsync(IFormFile? file, Func<Stream, ColumnMapping?, Task> run, CancellationToken ct)
    {
        await ReloadAsync(ct);
        try
        {
            var mapping = await MappingAsync(ct);
            await using var stream = HotlineUpload.Open(file, HttpContext.RequestServices.Options().Uploads.MaxBytes);
            await run(stream, mapping);
            Errors = Result?.Errors ?? [];
        }
        catch (HotlineSheetRefused refused)
        {
            // The message goes to the summary like any refusal; the rows go to the table below it.
            ModelState.AddModelError("", refused.Message);
            Errors = refused.Items;
            recognised = refused.Recognised;
        }
        catch (NotFoundException missing)
        {
            // A template deleted by another office since the page was loaded: said beside the form, not as a missing page.
            ModelState.AddModelError("", missing.Message);
        }
        return Page();
    }

    /// <summary>The columns typed on the page, else the chosen template, else none: the headers are recognised.</summary>
    private async Task<ColumnMapping?> MappingAsync(CancellationToken ct) =>
        Columns.Any(c => c.Value.Length > 0) || HeaderRow is > 0
            ? new ColumnMapping(HeaderRow ?? 0, Columns.Where(c => c.Value.Length > 0).ToDictionary())
            : await mappings.ResolveAsync(MappingId, null, ct, HotlineColumns.MappingKindName);

    /// <summary>The column a field was read from in the last preview (or the refused sheet's header), as the input's hint.</summary>
    public string Found(string field)
    {
        var letter = Result?.Columns.FirstOrDefault(c => c.Field == field)?.Letter
            ?? (recognised.TryGetValue(field, out var column) ? SheetPreview.Letter(column) : null);
        return letter is null ? "列字母或表头文字" : $"已识别：{letter}列";
    }
}
