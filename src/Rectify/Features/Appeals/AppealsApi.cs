using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Rectify.Features.Appeals.Hotline;
using Rectify.Features.Documents.Mappings;
using Rectify.Features.Rounds;
using Rectify.Platform;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>/api/v1/appeals: intake by other systems (idempotent on their own id), reads, and every transition.</summary>
public static class AppealsApi
{
    /// <summary>Those who read appeals: the office, unit staff (their own) and leaders; each query narrows to scope.</summary>
    public const string ReaderPolicy = "AppealReader";

    public static void MapAppealsApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/appeals").RequireAuthorization(ReaderPolicy).WithTags("企业诉求");
        read.MapGet("", async ([AsParameters] AppealFilter filter, AppealListQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(filter, ct)));
        read.MapGet("/{id:guid}", async (Guid id, AppealDetailsQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(id, ct)));
        read.MapGet("/attachments/{id:guid}", async (Guid id, OpenAppealAttachment action, HttpResponse response, CancellationToken ct) =>
        {
            var file = await action.HandleAsync(id, ct);
            return TypedResults.File(file.Content, file.PrepareResponse(response));
        });

        var office = api.MapGroup("/appeals").RequireAuthorization(Policies.Office).WithTags("企业诉求");
        // A retry with the same externalId returns the appeal it created: 200 with the same id, not a second 201.
        office.MapPost("", async Task<Results<Created<IdResponse>, Ok<IdResponse>>> (AppealInput input, RecordAppeal action, CancellationToken ct) =>
        {
            var recorded = await action.HandleAsync(input, ct);
            var body = new IdResponse(recorded.Id);
            return recorded.Created ? TypedResults.Created($"/api/v1/appeals/{recorded.Id}", body) : TypedResults.Ok(body);
        });
        // A 12345 hotline export: preview=true checks and lists it; else it is imported (onlyGoodRows=true: the good rows only).
        office.MapPost("/import.xlsx", async (IFormFile? file, [FromForm] Guid? mappingId, [FromForm] string? mapping, [FromForm] bool? preview,
            [FromForm] bool? onlyGoodRows, ImportHotlineSheet action, SheetMappings mappings, IOptions<RectifyOptions> options, CancellationToken ct) =>
        {
            var columns = await mappings.ResolveAsync(mappingId, mapping, ct, HotlineColumns.MappingKindName);
            await using var stream = HotlineUpload.Open(file, options.Value.Uploads.MaxBytes);
            return TypedResults.Ok(preview == true
                ? await action.PreviewAsync(stream, columns, ct)
                : await action.HandleAsync(stream, file!.FileName, columns, onlyGoodRows == true, ct));
        }).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        // 补充材料: the enterprise's files for an appeal already recorded (multipart, field "files"); the new attachments' ids.
        office.MapPost("/{id:guid}/attachments", async (Guid id, IFormFileCollection files, AddAppealMaterial action, CancellationToken ct) =>
                TypedResults.Ok(await action.HandleAsync(id, MeasuresApi.Uploads(files), ct)))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        office.MapPost("/{id:guid}/accept", (Guid id, AcceptInput input, AcceptAppeal action, CancellationToken ct) => Done(action.HandleAsync(id, input, ct)));
        office.MapPost("/{id:guid}/assign", (Guid id, AssignInput input, AssignAppeal action, CancellationToken ct) => Done(action.HandleAsync(id, input, ct)));
        office.MapPost("/{id:guid}/transfer-decision", (Guid id, DecisionInput input, DecideTransfer action, CancellationToken ct) => Done(action.HandleAsync(id, input, ct)));
        office.MapPost("/{id:guid}/reply-check", (Guid id, DecisionInput input, CheckReply action, CancellationToken ct) => Done(action.HandleAsync(id, input, ct)));
        office.MapPost("/{id:guid}/follow-up", (Guid id, FollowUpInput input, RecordFollowUp action, CancellationToken ct) => Done(action.HandleAsync(id, input, ct)));
        // 立项督办: the problem made in the round; the other appeals of a cluster come in the body.
        office.MapPost("/{id:guid}/raise", async (Guid id, RaiseInput input, RaiseToProblem action, CancellationToken ct) =>
        {
            var problemId = await action.HandleAsync(id, input, ct);
            return TypedResults.Created($"/api/v1/problems/{problemId}", new IdResponse(problemId));
        });
        office.MapPost("/{id:guid}/consultations", async (Guid id, ConsultInput input, ConsultAppeal action, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/appeals/{id}", new IdResponse(await action.HandleAsync(id, input, ct))));

        var unit = api.MapGroup("/appeals").RequireAuthorization(Policies.ProgressReporter).WithTags("企业诉求");
        unit.MapPost("/{id:guid}/return", (Guid id, ReasonInput input, ReturnAppeal action, CancellationToken ct) => Done(action.HandleAsync(id, input, ct)));
        unit.MapPost("/{id:guid}/transfer", (Guid id, TransferInput input, TransferAppeal action, CancellationToken ct) => Done(action.HandleAsync(id, input, ct)));
        unit.MapPost("/{id:guid}/reply", (Guid id, ReplyInput input, ReplyAppeal action, CancellationToken ct) => Done(action.HandleAsync(id, input, ct)));
    }

    private static async Task<NoContent> Done(Task action)
    {
        await action;
        return TypedResults.NoContent();
    }
}
