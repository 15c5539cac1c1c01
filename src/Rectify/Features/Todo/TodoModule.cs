using Rectify.Platform.Security;

namespace Rectify.Features.Todo;

public static class TodoModule
{
    public static IServiceCollection AddTodo(this IServiceCollection services) => services.AddScoped<TodoQuery>().AddScoped<TodoDetailsQuery>();

    /// <summary>GET /api/v1/todo: the user's 我的待办 (unit staff and the office); /api/v1/todo/summary: its counts, for every signed-in user.</summary>
    public static RouteGroupBuilder MapTodo(this RouteGroupBuilder api)
    {
        var todo = api.MapGroup("/todo").WithTags("我的待办");
        todo.MapGet("", async (int? page, TodoDetailsQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(page, ct)))
            .RequireAuthorization(p => p.RequireRole(nameof(Role.UnitStaff), nameof(Role.Office)));
        todo.MapGet("/summary", async (TodoQuery q, CancellationToken ct) => TypedResults.Ok(await q.SummaryAsync(ct)));
        return api;
    }
}
