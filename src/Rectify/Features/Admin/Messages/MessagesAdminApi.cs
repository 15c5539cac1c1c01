using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Messages;

/// <summary>/api/v1/admin/messages, /webhooks and /jobs: the channels and the scheduler, for the system admin.</summary>
public static class MessagesAdminApi
{
    public static void MapMessagesAdmin(this RouteGroupBuilder admin)
    {
        var messages = admin.MapGroup("/messages").WithTags("消息发送");
        messages.MapGet("", async (DeliveryView? view, int? page, DeliveryQuery q, CancellationToken ct) =>
            TypedResults.Ok(await q.ListAsync(view ?? DeliveryView.Failed, page, ct)));
        messages.MapGet("/counts", async (DeliveryQuery q, CancellationToken ct) => TypedResults.Ok(await q.CountAsync(ct)));
        messages.MapPost("/{id:guid}/retry", async (Guid id, RetryDelivery action, CancellationToken ct) =>
        {
            await action.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
        messages.MapPost("/test-email", async (Webhooks action, CancellationToken ct) =>
        {
            await action.TestEmailAsync(ct);
            return TypedResults.Accepted("/api/v1/admin/messages?view=Waiting");
        });

        var webhooks = admin.MapGroup("/webhooks").WithTags("消息发送");
        webhooks.MapGet("", async (Webhooks q, CancellationToken ct) => TypedResults.Ok(await q.ListAsync(ct)));
        webhooks.MapPost("", async (WebhookInput input, Webhooks action, CancellationToken ct) =>
        {
            var id = await action.CreateAsync(input, ct);
            return TypedResults.Created($"/api/v1/admin/webhooks/{id}", new NewId(id));
        });
        webhooks.MapPut("/{id:guid}", async (Guid id, WebhookInput input, Webhooks action, CancellationToken ct) =>
        {
            await action.EditAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        webhooks.MapPost("/{id:guid}/test", async (Guid id, Webhooks action, CancellationToken ct) =>
        {
            await action.TestAsync(id, ct);
            return TypedResults.Accepted("/api/v1/admin/messages?view=Waiting");
        });

        admin.MapGet("/jobs", async (JobQuery q, CancellationToken ct) => TypedResults.Ok(await q.ListAsync(ct))).WithTags("消息发送");
    }
}
