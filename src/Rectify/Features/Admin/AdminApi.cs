using Rectify.Features.Admin.Messages;
using Rectify.Features.Admin.Units;
using Rectify.Features.Admin.Users;
using Rectify.Platform.Security;

namespace Rectify.Features.Admin;

/// <summary>
/// /api/v1/admin: the unit tree and the accounts (not their passwords nor admin roles: 三员分立), for the system admin
/// only; thin, calling the same actions as the pages.
/// </summary>
public static class AdminApi
{
    public static void MapAdminApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").RequireAuthorization(Policies.SystemAdmin).AddEndpointFilter<CurrentAdminFilter>();

        admin.MapMessagesAdmin();

        var units = admin.MapGroup("/units").WithTags("单位管理");
        units.MapGet("", async (UnitTreeQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(ct)));
        units.MapPost("", async (UnitInput input, CreateUnit action, CancellationToken ct) =>
        {
            var id = await action.HandleAsync(input, ct);
            return TypedResults.Created($"/api/v1/admin/units/{id}", new NewId(id));
        });
        units.MapPut("/{id:guid}", async (Guid id, EditUnitInput input, EditUnit action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        units.MapPost("/{id:guid}/move", async (Guid id, MoveUnitInput input, MoveUnit action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        units.MapPost("/{id:guid}/deactivate", async (Guid id, DeactivateUnit action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });

        var users = admin.MapGroup("/users").WithTags("用户管理");
        users.MapGet("", async ([AsParameters] UserFilter filter, UserListQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(filter, ct)));
        users.MapPost("", async (CreateUserInput input, CreateUser action, CancellationToken ct) =>
        {
            var id = await action.HandleAsync(input, ct);
            return TypedResults.Created($"/api/v1/admin/users/{id}", new NewId(id));
        });
        users.MapPut("/{id:guid}", async (Guid id, EditUserInput input, EditUser action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        users.MapPost("/{id:guid}/deactivate", async (Guid id, SetUserActive action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, active: false, ct);
            return TypedResults.NoContent();
        });
        users.MapPost("/{id:guid}/activate", async (Guid id, SetUserActive action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, active: true, ct);
            return TypedResults.NoContent();
        });
    }
}
