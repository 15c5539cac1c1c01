using Rectify.Platform.Security;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// /api/v1/rounds/{id}/bulletin.docx | .pdf | .html: a round's progress bulletin as of `date` (default today), for
/// the office, leaders and inspectors who see the whole round.
/// </summary>
public static class BulletinApi
{
    public static void MapBulletinApi(this RouteGroupBuilder api)
    {
        api.MapGet("/rounds/{id:guid}/bulletin.{format:regex(^(docx|pdf|html)$)}",
                async (Guid id, string format, DateOnly? date, BulletinDocuments documents, CancellationToken ct) =>
                {
                    var (content, type, name) = await documents.RenderAsync(id, format, date, ct);
                    return TypedResults.File(content, type, name);
                })
            .RequireAuthorization(Policies.LedgerReader).WithTags("通报")
            .Produces(StatusCodes.Status200OK, contentType: BulletinDocx.ContentType)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }
}
