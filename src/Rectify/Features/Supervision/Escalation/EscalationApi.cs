using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;

namespace Rectify.Features.Supervision.Escalation;

/// <summary>/api/v1/escalations: 催办, 约谈 and 移交纪委 recorded and listed; the units proposed for a talk.</summary>
public static class EscalationApi
{
    public static void MapEscalation(this RouteGroupBuilder api)
    {
        api.MapGet("/escalations", async (EscalationKind? kind, int? page, int? pageSize, EscalationQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.HandleAsync(kind, page, pageSize, ct)))
            .RequireAuthorization(Policies.LedgerReader).WithTags("督办");
        api.MapGet("/escalations/talk-proposals", async (int? threshold, EscalationQuery query, CancellationToken ct) =>
                TypedResults.Ok(await query.TalkProposalsAsync(Math.Max(1, threshold ?? EscalationDefaults.TalkThreshold), ct)))
            .RequireAuthorization(Policies.LedgerReader).WithTags("督办");
        api.MapPost("/escalations", async Task<Created<IdResponse>> (EscalationInput input, RecordEscalation action, CancellationToken ct) =>
            {
                var id = await action.HandleAsync(input, ct);
                return TypedResults.Created($"/api/v1/escalations/{id}", new IdResponse(id));
            })
            .RequireAuthorization(Policies.Office).WithTags("督办");
        api.MapPut("/escalations/{id:guid}/outcome", async (Guid id, OutcomeInput input, RecordEscalation action, CancellationToken ct) =>
            {
                await action.RecordOutcomeAsync(id, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Office).WithTags("督办");
    }
}

public static class EscalationDefaults
{
    /// <summary>Overdue measures at which a unit is proposed for a talk.</summary>
    public const int TalkThreshold = 3;
}
