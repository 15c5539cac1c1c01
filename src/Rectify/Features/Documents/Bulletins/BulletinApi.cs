using Rectify.Platform.Security;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// A round's progress bulletin: as of `date` (default today) in each format, what still disagrees, the office's
/// rewritten paragraphs, and the bulletins issued (第N期), downloadable as issued.
/// </summary>
public static class BulletinApi
{
    public static void MapBulletinApi(this RouteGroupBuilder api)
    {
        var bulletins = api.MapGroup("/rounds/{id:guid}").RequireAuthorization(Policies.LedgerReader).WithTags("通报");

        bulletins.MapGet("/bulletin.{format:regex(^(docx|pdf|html)$)}",
                async (Guid id, string format, DateOnly? date, BulletinDocuments documents, CancellationToken ct) =>
                {
                    var (content, type, name) = await documents.RenderAsync(id, format, date, ct);
                    return TypedResults.File(content, type, name);
                })
            .Produces(StatusCodes.Status200OK, contentType: BulletinDocx.ContentType)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        bulletins.MapGet("/bulletin/checks", async (Guid id, DateOnly? date, BulletinDocuments documents, CancellationToken ct) =>
                TypedResults.Ok((await documents.ComposeAsync(id, date, ct)).Checks))
            .WithSummary("通报中仍与台账不一致之处（下载前核对）")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        bulletins.MapPut("/bulletin/paragraphs/{key}",
                async (Guid id, string key, BulletinParagraphInput input, EditBulletinParagraph action, CancellationToken ct) =>
                    TypedResults.Ok(new { version = await action.HandleAsync(id, key, input, ct) }))
            .WithSummary("改写通报的开头（opening）或某个问题的整改情况（problem:{问题编号}）；文字为空时恢复自动生成")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        bulletins.MapPost("/bulletins", async (Guid id, IssueBulletinInput input, IssueBulletin action, CancellationToken ct) =>
            {
                var issued = await action.HandleAsync(id, input, ct);
                return TypedResults.Created($"/api/v1/rounds/{id}/bulletins/{issued.Number}", issued);
            })
            .WithSummary("印发通报：按当前内容生成并留存各格式文件（第N期）")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        bulletins.MapGet("/bulletins", async (Guid id, IssuedBulletins issued, CancellationToken ct) => TypedResults.Ok(await issued.ListAsync(id, ct)))
            .WithSummary("已印发的通报")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        bulletins.MapGet("/bulletins/{number:int}.{format:regex(^(docx|pdf|html)$)}",
                async (Guid id, int number, string format, IssuedBulletins issued, CancellationToken ct) =>
                {
                    var (content, type, name) = await issued.FileAsync(id, number, format, ct);
                    return TypedResults.File(content, type, name);
                })
            .WithSummary("下载已印发的通报（与印发时逐字节相同）")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
