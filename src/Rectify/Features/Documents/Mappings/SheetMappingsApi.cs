using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;

namespace Rectify.Features.Documents.Mappings;

/// <summary>/api/v1/sheet-mappings: an office's saved column mappings, for the units of its scope.</summary>
public static class SheetMappingsApi
{
    public static void MapSheetMappingsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sheet-mappings").RequireAuthorization(Policies.Office).WithTags("台账导入");
        group.MapGet("", async (string? kind, SheetMappings q, CancellationToken ct) =>
            TypedResults.Ok(await q.ListAsync(ct, string.IsNullOrWhiteSpace(kind) ? SheetMappingKind.LedgerName : kind.Trim())));
        group.MapGet("/{id:guid}", async (Guid id, SheetMappings q, CancellationToken ct) => TypedResults.Ok(await q.GetAsync(id, ct)));
        group.MapPost("", async Task<Created<IdResponse>> (SheetMappingInput input, SaveSheetMapping action, CancellationToken ct) =>
        {
            var id = await action.CreateAsync(input, ct);
            return TypedResults.Created($"/api/v1/sheet-mappings/{id}", new IdResponse(id));
        });
        group.MapPut("/{id:guid}", async (Guid id, SheetMappingInput input, SaveSheetMapping action, CancellationToken ct) =>
        {
            await action.UpdateAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        group.MapDelete("/{id:guid}", async (Guid id, DeleteSheetMapping action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
    }
}
