using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Security;

/// <summary>
/// /api/v1/security: the security admin's work (三员分立): roles, unlocks, password resets, second factors and the
/// policy in force. Thin, calling the same actions as the pages under /Admin/Security.
/// </summary>
public static class SecurityAdminModule
{
    public static IServiceCollection AddSecurityAdmin(this IServiceCollection services) => services
        .AddScoped<SecurityAccountQuery>().AddScoped<AssignRole>().AddScoped<UnlockAccount>()
        .AddScoped<ResetPassword>().AddScoped<ResetSecondFactor>();

    public static void MapSecurityAdminApi(this RouteGroupBuilder api)
    {
        var security = api.MapGroup("/security").RequireAuthorization(Policies.SecurityAdmin).WithTags("账号安全")
            .AddEndpointFilter(RequireCurrentSecurityAdmin);

        security.MapGet("/users", async ([AsParameters] SecurityAccountFilter filter, SecurityAccountQuery q, CancellationToken ct) =>
            TypedResults.Ok(await q.ListAsync(filter, ct)));
        security.MapGet("/users/{id:guid}", async (Guid id, SecurityAccountQuery q, CancellationToken ct) => TypedResults.Ok(await q.OneAsync(id, ct)));
        security.MapPost("/users/{id:guid}/role", async (Guid id, AssignRoleInput input, AssignRole action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        security.MapPost("/users/{id:guid}/unlock", async (Guid id, UnlockAccount action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
        security.MapPost("/users/{id:guid}/reset-password", async (Guid id, ResetPasswordInput input, ResetPassword action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        security.MapPost("/users/{id:guid}/reset-second-factor", async (Guid id, ResetSecondFactor action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
        security.MapGet("/policy", (Microsoft.Extensions.Options.IOptions<Platform.RectifyOptions> options) =>
            TypedResults.Ok(SecurityPolicy.From(options.Value)));
    }

    /// <summary>A bearer token keeps its role for minutes; the database says whether he is still the security admin.</summary>
    private static async ValueTask<object?> RequireCurrentSecurityAdmin(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var scope = await context.HttpContext.RequestServices.GetRequiredService<UserScope>().LoadAsync(context.HttpContext.RequestAborted);
        if (scope.Role != Role.SecurityAdmin) throw new ForbiddenException(PlatformErrors.Forbidden);
        return await next(context);
    }
}
