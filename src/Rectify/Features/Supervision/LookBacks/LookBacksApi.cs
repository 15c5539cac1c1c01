using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Platform.Security;

namespace Rectify.Features.Supervision.LookBacks;

/// <summary>/api/v1 for 回头看: the list in scope, a round's look-back ordered, a look-back recorded.</summary>
public static class LookBacksApi
{
    public static void MapLookBacks(this RouteGroupBuilder api)
    {
        api.MapGet("/look-backs", async (LookBackView? view, Guid? roundId, int? page, int? pageSize, LookBackQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.HandleAsync(view ?? LookBackView.Due, roundId, page, pageSize, ct)))
            .RequireAuthorization(Policies.LedgerReader).WithTags("回头看");
        api.MapPost("/rounds/{id:guid}/look-backs", async Task<Ok<OrderedLookBacks>> (Guid id, OrderRoundLookBack action, CancellationToken ct) =>
                TypedResults.Ok(new OrderedLookBacks(await action.HandleAsync(id, ct))))
            .RequireAuthorization(Policies.Office).WithTags("回头看");
        api.MapPost("/look-backs/{id:guid}/review", async (Guid id, ReviewLookBackInput input, ReviewLookBack action, CancellationToken ct) =>
            {
                await action.HandleAsync(id, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Office).WithTags("回头看");
    }
}

public sealed record OrderedLookBacks(int Ordered);
