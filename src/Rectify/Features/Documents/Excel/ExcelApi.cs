using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rectify.Features.Documents.Jobs;
using Rectify.Features.Documents.Mappings;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// /api/v1 for spreadsheets: the ledger, with the ledger's own query parameters, as an .xlsx download; such a sheet
/// imported as a new round or into an existing one (422 with an "errors" list of {sheet, row, column, message} when
/// refused), in the export's layout or through a mapping (mappingId, or mapping as JSON); with ?async=true the import
/// runs as a job: 202 and the Location of its status. A sheet already imported as a round, or a title the inspected unit's
/// rounds carry, is 409 with existingRoundId unless the form says allowDuplicate=true.
/// </summary>
public static class ExcelApi
{
    /// <summary>A 100,000-measure export is about 16 MB; a sheet twice that size is still read in under a minute.</summary>
    public const long MaxImportBytes = 40 * 1024 * 1024;

    public static void MapExcelApi(this RouteGroupBuilder api)
    {
        api.MapGet("/ledger/export.xlsx", (HttpResponse response, [AsParameters] LedgerParameters p, LedgerExport export, CancellationToken ct) =>
                export.SendAsync(response, p.ToFilter(), ct))
            .RequireAuthorization(Policies.LedgerReader).WithTags("台账")
            .Produces(StatusCodes.Status200OK, contentType: XlsxPackage.ContentType);

        var office = api.MapGroup("").RequireAuthorization(Policies.Office).WithTags("台账导入");
        office.MapPost("/rounds/import.xlsx", async Task<Results<Created<SheetImportResult>, Accepted<SheetImportStatus>>> (IFormFile? file,
                [FromForm] Guid? inspectedUnitId, [FromForm] string? title, [FromForm] string? inspectingBody, [FromForm] DateOnly? feedbackDate,
                [FromForm] Guid? mappingId, [FromForm] string? mapping, [FromQuery(Name = "async")] bool? runAsync, [FromForm] bool? allowDuplicate,
                ImportLedgerSheet action, SheetMappings mappings, SheetImportLauncher launcher, CancellationToken ct) =>
            {
                var input = new ImportLedgerSheetInput(inspectedUnitId ?? Guid.Empty, title, inspectingBody, feedbackDate, AllowDuplicate: allowDuplicate == true);
                if (runAsync == true) return Accepted(await launcher.NewRoundAsync(file, input, mappingId, mapping, ct));
                var columns = await mappings.ResolveAsync(mappingId, mapping, ct);
                await using var stream = OpenUpload(file);
                var result = await action.HandleAsync(stream, input, columns, new ImportProgress(), ct);
                return TypedResults.Created($"/api/v1/rounds/{result.RoundId}", result);
            })
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        office.MapPost("/rounds/{id:guid}/import.xlsx", async Task<Results<Ok<SheetImportResult>, Accepted<SheetImportStatus>>> (Guid id,
                IFormFile? file, [FromForm] Guid? mappingId, [FromForm] string? mapping, [FromQuery(Name = "async")] bool? runAsync,
                ImportSheetIntoRound action, SheetMappings mappings, SheetImportLauncher launcher, CancellationToken ct) =>
            {
                if (runAsync == true) return Accepted(await launcher.IntoRoundAsync(id, file, mappingId, mapping, ct));
                var columns = await mappings.ResolveAsync(mappingId, mapping, ct);
                await using var stream = OpenUpload(file);
                return TypedResults.Ok(await action.HandleAsync(id, stream, columns, new ImportProgress(), ct));
            })
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        office.MapGet("/sheet-imports/{id:guid}", async (Guid id, SheetImportLauncher launcher, CancellationToken ct) =>
            TypedResults.Ok(await launcher.StatusAsync(id, ct)));
    }

    /// <summary>The uploaded sheet, refused before reading when missing or too large.</summary>
    public static Stream OpenUpload(IFormFile? file)
    {
        if (file is null || file.Length == 0) throw RuleViolation.Invalid(DocumentsErrors.NoSheet);
        if (file.Length > MaxImportBytes) throw RuleViolation.Invalid(DocumentsErrors.SheetTooLarge);
        return file.OpenReadStream();
    }

    private static Accepted<SheetImportStatus> Accepted(SheetImportStatus status) =>
        TypedResults.Accepted($"/api/v1/sheet-imports/{status.Id}", status);
}
