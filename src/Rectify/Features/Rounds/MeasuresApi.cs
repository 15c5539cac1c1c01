using Microsoft.AspNetCore.Mvc;
using Rectify.Features.Rounds.Ledger;
using Rectify.Features.Rounds.Progress;
using Rectify.Features.Rounds.Review;
using Rectify.Platform.Security;

namespace Rectify.Features.Rounds;

/// <summary>/api/v1 for a measure's progress, evidence and close-out.</summary>
public static class MeasuresApi
{
    public static void MapMeasuresApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("").RequireAuthorization(Policies.LedgerReader).WithTags("整改措施");
        read.MapGet("/measures/{id:guid}", async (Guid id, MeasureDetailsQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(id, ct)));
        read.MapGet("/evidence/{id:guid}", async (Guid id, OpenEvidence action, HttpResponse response, CancellationToken ct) =>
        {
            var file = await action.HandleAsync(id, ct);
            return TypedResults.File(file.Content, file.PrepareResponse(response));
        });

        var unit = api.MapGroup("").RequireAuthorization(Policies.ProgressReporter).WithTags("整改措施");
        unit.MapPost("/measures/{id:guid}/progress", async (Guid id, [FromForm] string? text, [FromForm] int? percent, [FromForm] DateOnly? on,
            IFormFileCollection files, ReportProgress action, CancellationToken ct) =>
        {
            var input = new ProgressInput(text ?? "", percent ?? -1, on);
            var progressId = await action.HandleAsync(id, input, Uploads(files), ct);
            return TypedResults.Created($"/api/v1/measures/{id}", new IdResponse(progressId));
        });
        unit.MapPost("/measures/{id:guid}/evidence", async (Guid id, IFormFileCollection files, AddEvidence action, CancellationToken ct) =>
            TypedResults.Ok(await action.HandleAsync(id, Uploads(files), ct)));
        unit.MapPost("/measures/{id:guid}/close-out", async (Guid id, RequestCloseOutInput input, RequestCloseOut action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });

        var office = api.MapGroup("").RequireAuthorization(Policies.Office).WithTags("销号审核");
        office.MapGet("/review-queue", async (Guid? roundId, int? page, int? pageSize, ReviewQueue q, CancellationToken ct) =>
            TypedResults.Ok(await q.HandleAsync(roundId, page, pageSize, ct)));
        office.MapPost("/measures/{id:guid}/review", async (Guid id, ReviewCloseOutInput input, ReviewCloseOut action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        office.MapPost("/close-outs/approve", async (ApproveCloseOutsInput input, ApproveCloseOuts action, CancellationToken ct) =>
            TypedResults.Ok(await action.HandleAsync(input, ct)));
        office.MapPost("/measures/{id:guid}/reopen", async (Guid id, ReopenInput input, ReopenMeasure action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });
    }

    public static List<UploadedFile> Uploads(IFormFileCollection? files) =>
        files?.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream)).ToList() ?? [];
}
