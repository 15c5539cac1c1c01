using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>
/// /api/v1/dispatches: the office issues a dispatch of one round or all its rounds; the office, leaders of its scope
/// and inspectors read the kept ones, as JSON, .xlsx and .docx.
/// </summary>
public static class DispatchApi
{
    public static void MapDispatches(this RouteGroupBuilder api)
    {
        var dispatches = api.MapGroup("/dispatches").WithTags("调度通报");
        dispatches.MapGet("", async (Guid? roundId, int? page, int? pageSize, DispatchQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.ListAsync(roundId, page, pageSize, ct)))
            .RequireAuthorization(Policies.Overseer);
        dispatches.MapPost("", async Task<Created<IdResponse>> (DispatchInput input, IssueDispatch action, CancellationToken ct) =>
            {
                var id = await action.HandleAsync(input, ct);
                return TypedResults.Created($"/api/v1/dispatches/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.Office)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        dispatches.MapGet("/{id:guid}", async (Guid id, DispatchQuery query, CancellationToken ct) => TypedResults.Ok(await query.GetAsync(id, ct)))
            .RequireAuthorization(Policies.Overseer).ProducesProblem(StatusCodes.Status404NotFound);
        foreach (var format in new[] { "xlsx", "docx" })
            dispatches.MapGet($"/{{id:guid}}.{format}", async (Guid id, DispatchDownloads downloads, CancellationToken ct) =>
                {
                    var (content, type, name) = await downloads.RenderAsync(id, format, ct);
                    return TypedResults.File(content, type, name);
                })
                .RequireAuthorization(Policies.Overseer).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
