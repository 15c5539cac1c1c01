using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;
using static Rectify.IntegrationTests.Messaging.MessageSteps;

namespace Rectify.IntegrationTests.Messaging;

/// <summary>
/// A group robot that refuses: the message is tried again after growing pauses (the clock is moved, not waited for),
/// given up after the last attempt and shown to the admin with the robot's reason; sent again, it goes once.
/// </summary>
public class RetryTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task A_refused_message_is_retried_with_back_off_then_shown_to_the_admin_and_sent_again_once()
    {
        await using var hooks = await HookReceiver.StartAsync();
        hooks.Mode = "refuse";
        var admin = await world.As("admin");
        var hook = await Ledger.Id(await admin.PostAsJsonAsync("/api/v1/admin/webhooks",
            new { name = "政务科群", kind = "DingTalk", url = hooks.Url("robot/send?access_token=t1"), secret = "SECabc", unitId = world.Service.Id }));
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/v1/admin/webhooks/{hook}/test", null)).StatusCode);

        var first = await SendAsync(world.Factory);
        Assert.Equal(new SendResult(0, 1, 0), first);
        var waiting = await Rows(world, "Waiting");
        var row = Assert.Single(waiting);
        Assert.Equal(1, row.GetProperty("attempts").GetInt32());
        Assert.Equal("群机器人拒收（错误码 93000）", row.GetProperty("lastError").GetString());
        Assert.Equal(world.Factory.Clock.GetUtcNow() + Backoff.After(1), row.GetProperty("nextAttemptAt").GetDateTimeOffset());

        // Not before its time.
        Assert.Equal(new SendResult(0, 0, 0), await SendAsync(world.Factory));
        Assert.Single(hooks.Requests);

        for (var attempt = 1; attempt < 6; attempt++)
        {
            world.Factory.Clock.Advance(Backoff.After(attempt));
            var result = await SendAsync(world.Factory);
            Assert.Equal(attempt < 5 ? new SendResult(0, 1, 0) : new SendResult(0, 0, 1), result);
        }
        Assert.Equal(6, hooks.Requests.Count);
        world.Factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new SendResult(0, 0, 0), await SendAsync(world.Factory));
        admin = await world.SignInAsync("admin");
        var failed = Assert.Single(await Rows(world, "Failed", admin));
        Assert.Equal(6, failed.GetProperty("attempts").GetInt32());
        Assert.Contains("93000", failed.GetProperty("lastError").GetString());
        Assert.Equal("政务科群", failed.GetProperty("recipient").GetString());
        Assert.Equal(1, (await Ledger.GetJson(admin, "/api/v1/admin/messages/counts")).GetProperty("failed").GetInt32());

        // Each request was signed for DingTalk: timestamp and sign, which the robot would check.
        Assert.All(hooks.Requests, r => Assert.Matches("^\\?access_token=t1&timestamp=\\d+&sign=.+$", r.Query));

        // The robot is fixed; the admin sends it again, which the audit records; it goes once.
        hooks.Mode = "ok";
        var id = failed.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/messages/{id}/retry", null)).StatusCode);
        Assert.Equal(new SendResult(1, 0, 0), await SendAsync(world.Factory));
        Assert.Equal(new SendResult(0, 0, 0), await SendAsync(world.Factory));
        Assert.Equal(7, hooks.Requests.Count);
        var sent = Assert.Single(await Rows(world, "Sent", admin));
        Assert.Equal(id, sent.GetProperty("id").GetGuid());
        var again = await admin.PostAsync($"/api/v1/admin/messages/{id}/retry", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("只有发送失败的消息可以重新发送", await again.Content.ReadAsStringAsync());
        var audit = await InDb(world, db => db.AuditEntries.Where(a => a.EntityId == id.ToString()).ToListAsync());
        var step = Assert.Single(audit);
        Assert.Equal("重新发送", step.Action);
        Assert.Equal("孙管理", step.UserName);
        Assert.Contains("Failed", step.Changes);
    }

    private static async Task<List<System.Text.Json.JsonElement>> Rows(World world, string view, HttpClient? admin = null) =>
        (await Ledger.GetJson(admin ?? await world.As("admin"), $"/api/v1/admin/messages?view={view}")).GetProperty("items").EnumerateArray().ToList();
}
