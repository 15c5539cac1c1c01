using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Jobs.Outbox;
using static Rectify.IntegrationTests.Messaging.MessageSteps;

namespace Rectify.IntegrationTests.Messaging;

/// <summary>
/// A sender killed while it held a batch: the messages it had not begun go out once its claim expires; the one it was
/// sending when it died is not sent again on its own (the robot or the mail server may have it already), but left
/// failed with the reason, for the admin to check and send again.
/// </summary>
public class InterruptedSendTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task After_a_crash_mid_send_the_unsent_messages_go_once_and_the_interrupted_one_waits_for_the_admin()
    {
        await using var hooks = await HookReceiver.StartAsync();
        var admin = await world.As("admin");
        var hook = await Ledger.Id(await admin.PostAsJsonAsync("/api/v1/admin/webhooks",
            new { name = "规划科群", kind = "WeCom", url = hooks.Url("cgi-bin/webhook/send?key=k1"), unitId = world.Planning.Id }));
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/v1/admin/webhooks/{hook}/test", null)).StatusCode);
            world.Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        var ids = await InDb(world, db => db.Set<OutboxMessage>().Where(m => m.WebhookId == hook).OrderBy(m => m.CreatedAt).Select(m => m.Id).ToListAsync());
        Assert.Equal(2, ids.Count);

        // What a sender killed mid-batch leaves: both claimed, the first one begun.
        var now = world.Factory.Clock.GetUtcNow();
        await InDb(world, db => db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, DeliveryStatus.Sending).SetProperty(m => m.ClaimToken, Guid.NewGuid())
            .SetProperty(m => m.ClaimedUntil, now + OutboxSender.Lease)));
        await InDb(world, db => db.Set<OutboxMessage>().Where(m => m.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(m => m.SendStartedAt, now)));

        // Nothing moves while the dead sender's claim lasts.
        Assert.Equal(new SendResult(0, 0, 0), await SendAsync(world.Factory));
        world.Factory.Clock.Advance(OutboxSender.Lease + TimeSpan.FromSeconds(1));

        Assert.Equal(new SendResult(1, 0, 1), await SendAsync(world.Factory));
        Assert.Single(hooks.Requests);
        Assert.Equal(new SendResult(0, 0, 0), await SendAsync(world.Factory));
        Assert.Single(hooks.Requests);
        var rows = await InDb(world, db => db.Set<OutboxMessage>().AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id));
        Assert.Equal((DeliveryStatus.Failed, OutboxSender.Interrupted), (rows[ids[0]].Status, rows[ids[0]].LastError));
        Assert.Equal(DeliveryStatus.Sent, rows[ids[1]].Status);
        Assert.All(rows.Values, m => Assert.Null(m.SendStartedAt));

        // The admin checks with the group and sends it again: it goes once.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/messages/{ids[0]}/retry", null)).StatusCode);
        Assert.Equal(new SendResult(1, 0, 0), await SendAsync(world.Factory));
        Assert.Equal(2, hooks.Requests.Count);
    }
}
