using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// /api/v1 for spreadsheets: the ledger, with the ledger's own query parameters, as an .xlsx download; and such a
/// sheet imported as a new round (422 with an "errors" list of {sheet, row, column, message} when refused).
/// </summary>
public static class ExcelApi
{
    public const long MaxImportBytes = 10 * 1024 * 1024;

    public static void MapExcelApi(this RouteGroupBuilder api)
    {
        api.MapGet("/ledger/export.xlsx", (HttpResponse response, [AsParameters] LedgerParameters p, LedgerExport export, CancellationToken ct) =>
                export.SendAsync(response, p.ToFilter(), ct))
            .RequireAuthorization(Policies.LedgerReader).WithTags("台账")
            .Produces(StatusCodes.Status200OK, contentType: XlsxPackage.ContentType);

        api.MapPost("/rounds/import.xlsx", async Task<Created<IdResponse>> (IFormFile? file, [FromForm] Guid? inspectedUnitId,
                [FromForm] string? title, [FromForm] string? inspectingBody, [FromForm] DateOnly? feedbackDate,
                ImportLedgerSheet action, CancellationToken ct) =>
            {
                var input = new ImportLedgerSheetInput(inspectedUnitId ?? Guid.Empty, title, inspectingBody, feedbackDate);
                await using var stream = OpenUpload(file);
                var id = await action.HandleAsync(stream, input, ct);
                return TypedResults.Created($"/api/v1/rounds/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.Office).WithTags("结构")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>The uploaded sheet, refused before reading when missing or too large.</summary>
    public static Stream OpenUpload(IFormFile? file)
    {
        if (file is null || file.Length == 0) throw RuleViolation.Invalid(DocumentsErrors.NoSheet);
        if (file.Length > MaxImportBytes) throw RuleViolation.Invalid(DocumentsErrors.SheetTooLarge);
        return file.OpenReadStream();
    }
}
