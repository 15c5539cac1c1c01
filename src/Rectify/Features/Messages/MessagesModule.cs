using Microsoft.EntityFrameworkCore.Diagnostics;
using Rectify.Features.Messages.Events;

namespace Rectify.Features.Messages;

public static class MessagesModule
{
    public static IServiceCollection AddMessages(this IServiceCollection services) => services
        .AddScoped<Inbox>()
        .AddScoped<ISaveChangesInterceptor, ActionNoticesInterceptor>();

    /// <summary>/api/v1/inbox: every signed-in user's own messages.</summary>
    public static RouteGroupBuilder MapMessages(this RouteGroupBuilder api)
    {
        var inbox = api.MapGroup("/inbox").WithTags("消息");
        inbox.MapGet("", async (bool? unread, int? page, Inbox q, CancellationToken ct) => TypedResults.Ok(await q.ListAsync(unread == true, page, ct)));
        inbox.MapGet("/unread-count", async (Inbox q, CancellationToken ct) => TypedResults.Ok(new { count = await q.UnreadCountAsync(ct) }));
        inbox.MapPost("/{id:guid}/read", async (Guid id, Inbox action, CancellationToken ct) =>
        {
            await action.MarkReadAsync(id, ct);
            return TypedResults.NoContent();
        });
        inbox.MapPost("/read-all", async (Inbox action, CancellationToken ct) => TypedResults.Ok(new { count = await action.MarkAllReadAsync(ct) }));
        return api;
    }
}
