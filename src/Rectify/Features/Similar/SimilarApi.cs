using Rectify.Features.Rounds;
using Rectify.Platform.Security;

namespace Rectify.Features.Similar;

/// <summary>/api/v1 for a problem, its similar problems of other rounds, its links and copying a linked problem's measures.</summary>
public static class SimilarApi
{
    public static void MapSimilarApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("").RequireAuthorization(Policies.LedgerReader).WithTags("举一反三");
        read.MapGet("/problems/{id:guid}", async (Guid id, ProblemDetailsQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(id, ct)));
        read.MapGet("/problems/{id:guid}/similar", async (Guid id, SimilarProblemsQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(id, ct)));

        var office = api.MapGroup("").RequireAuthorization(Policies.Office).WithTags("举一反三");
        office.MapPost("/problems/{id:guid}/links", async (Guid id, LinkProblemInput input, LinkProblem action, CancellationToken ct) =>
        {
            var linkId = await action.HandleAsync(id, input, ct);
            return TypedResults.Created($"/api/v1/problems/{input.LinkedProblemId}", new IdResponse(linkId));
        });
        office.MapDelete("/problems/{id:guid}/links/{linkedProblemId:guid}", async (Guid id, Guid linkedProblemId, UnlinkProblem action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, linkedProblemId, ct);
            return TypedResults.NoContent();
        });
        office.MapPost("/problems/{id:guid}/copy-measures", async (Guid id, CopyMeasuresInput input, CopyMeasures action, CancellationToken ct) =>
            TypedResults.Ok(await action.HandleAsync(id, input, ct)));
    }
}
