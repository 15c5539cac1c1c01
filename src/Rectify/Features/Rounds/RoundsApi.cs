using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rectify.Features.Rounds.Ledger;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>/api/v1 for rounds, their ledger and their structure: thin, calling the same actions as the pages.</summary>
public static class RoundsApi
{
    public static void MapRoundsApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("").RequireAuthorization(Policies.LedgerReader).WithTags("台账");
        read.MapGet("/rounds", async (RoundListQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(ct)));
        read.MapGet("/rounds/{id:guid}", async (Guid id, RoundDetailsQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(id, ct)));
        read.MapGet("/rounds/{id:guid}/tree", async (Guid id, RoundTreeQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(id, ct)));
        read.MapGet("/rounds/{id:guid}/history", async (Guid id, RoundHistoryQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(id, 200, ct)));
        read.MapGet("/ledger", async ([AsParameters] LedgerParameters p, LedgerQuery q, CancellationToken ct) =>
            TypedResults.Ok(await q.HandleAsync(p.ToFilter(), ct)));
        read.MapGet("/ledger/summary", async ([AsParameters] LedgerParameters p, LedgerSummaryQuery q, CancellationToken ct) =>
            TypedResults.Ok(await q.HandleAsync(p.ToFilter(), ct)));

        var office = api.MapGroup("").RequireAuthorization(Policies.Office).WithTags("结构");
        // The title and inspected unit of an existing round: 409 with existingRoundId, unless ?allowDuplicate=true.
        office.MapPost("/rounds", async Task<Created<IdResponse>> (RoundDetailsInput input, bool? allowDuplicate, CreateRound action, CancellationToken ct) =>
        {
            var id = await action.HandleAsync(input, ct, allowDuplicate == true);
            return TypedResults.Created($"/api/v1/rounds/{id}", new IdResponse(id));
        });
        office.MapPut("/rounds/{id:guid}", async (Guid id, UpdateRoundInput input, UpdateRound action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        office.MapPut("/rounds/{id:guid}/texts", async (Guid id, RoundTextsInput input, UpdateRoundTexts action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        office.MapPost("/rounds/{id:guid}/sections", async (Guid id, SectionInput input, AddSection action, CancellationToken ct) =>
            Created("sections", await action.HandleAsync(id, input, ct)));
        office.MapPut("/sections/{id:guid}", async (Guid id, SectionInput input, EditSection action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        office.MapDelete("/sections/{id:guid}", async (Guid id, DeleteSection action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
        office.MapPost("/rounds/{id:guid}/problems", async (Guid id, ProblemInput input, AddProblem action, CancellationToken ct) =>
            Created("problems", await action.HandleAsync(id, input, ct)));
        office.MapPut("/problems/{id:guid}", async (Guid id, ProblemInput input, EditProblem action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        office.MapDelete("/problems/{id:guid}", async (Guid id, DeleteProblem action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
        office.MapPost("/problems/{id:guid}/measures", async (Guid id, MeasureInput input, AddMeasure action, CancellationToken ct) =>
            Created("measures", await action.HandleAsync(id, input, ct)));
        office.MapPut("/measures/{id:guid}", async (Guid id, MeasureInput input, EditMeasure action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        office.MapDelete("/measures/{id:guid}", async (Guid id, DeleteMeasure action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
        office.MapPost("/{item:regex(^(sections|problems|measures)$)}/{id:guid}/move", async (string item, Guid id, [FromQuery] string direction, MoveItem action, CancellationToken ct) =>
        {
            var kind = item switch { "sections" => OutlineItem.Section, "problems" => OutlineItem.Problem, _ => OutlineItem.Measure };
            await action.HandleAsync(kind, id, direction != "down", ct);
            return TypedResults.NoContent();
        });
    }

    private static Created<IdResponse> Created(string collection, Guid id) => TypedResults.Created($"/api/v1/{collection}/{id}", new IdResponse(id));
}

public sealed record IdResponse(Guid Id);

/// <summary>
/// The ledger filter as query-string parameters. <c>page</c> is read from the query string alone: on a Razor page the
/// route value "page" (the page's own name) would otherwise win and every page would show page 1.
/// </summary>
public sealed record LedgerParameters(
    Guid? RoundId, MeasureStatus? Status, Guid? UnitId, string? Leader, MeasureKind? Kind, bool? Overdue, bool? DueSoon,
    string? Text, string? Sort, bool? Desc, [FromQuery(Name = "page")] int? Page, int? PageSize, bool? Lagging = null, bool? ProgressMissing = null, bool? Open = null,
    string? After = null, bool? Exact = null)
{
    public LedgerFilter ToFilter() => new()
    {
        RoundId = RoundId, Status = Status, UnitId = UnitId, Leader = Leader, Kind = Kind, Overdue = Overdue ?? false,
        DueSoon = DueSoon ?? false, Text = Text, Sort = Sort, Desc = Desc ?? false, Page = Page, PageSize = PageSize,
        Lagging = Lagging ?? false, ProgressMissing = ProgressMissing ?? false, Open = Open ?? false,
        After = After, Exact = Exact ?? false,
    };
}
