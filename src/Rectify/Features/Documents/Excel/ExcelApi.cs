using Microsoft.AspNetCore.Mvc;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;

namespace Rectify.Features.Documents.Excel;

/// <summary>/api/v1 for spreadsheets: the ledger, with the ledger's own query parameters, as an .xlsx download.</summary>
public static class ExcelApi
{
    public static void MapExcelApi(this RouteGroupBuilder api)
    {
        api.MapGet("/ledger/export.xlsx", (HttpResponse response, [AsParameters] LedgerParameters p, LedgerExport export, CancellationToken ct) =>
                export.SendAsync(response, p.ToFilter(), ct))
            .RequireAuthorization(Policies.LedgerReader).WithTags("台账")
            .Produces(StatusCodes.Status200OK, contentType: XlsxPackage.ContentType);
    }
}
