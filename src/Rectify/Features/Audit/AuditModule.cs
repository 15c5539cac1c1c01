using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.Features.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddScoped<AuditSearch>().AddScoped<AuditExport>().AddScoped<AuditVerification>();

    /// <summary>/api/v1/audit: the same search as the page, for the audit admin only.</summary>
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").RequireAuthorization(Policies.AuditAdmin).WithTags("安全审计");
        audit.MapGet("", async ([AsParameters] AuditQuery query, AuditSearch search, CancellationToken ct) =>
            TypedResults.Ok(await search.HandleAsync(query.Filter, ct)));
        audit.MapGet("/chain", async (AuditVerification verification, CancellationToken ct) =>
            TypedResults.Ok(await verification.VerifyAsync(ct)));
        return api;
    }
}

/// <summary>The search's query string: from, to (yyyy-MM-dd), user, address, kind, action, outcome, entity, page, pageSize.</summary>
public sealed record AuditQuery(
    DateOnly? From, DateOnly? To, string? User, string? Address, AuditKind? Kind, string? Action, string? Outcome, string? Entity,
    int? Page, int? PageSize)
{
    public AuditFilter Filter => new(From, To, User, Address, Kind, Action, Outcome, Entity, Page, PageSize);
}
