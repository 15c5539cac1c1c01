using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;
using static Rectify.IntegrationTests.Messaging.MessageSteps;

namespace Rectify.IntegrationTests.Messaging;

/// <summary>
/// An urging reaches those it urges — in their inbox, by e-mail over a real SMTP exchange and on the unit's group
/// robot — exactly once, and nobody else sees it.
/// </summary>
public class DeliveryTests(MailWorld world) : IClassFixture<MailWorld>
{
    [Fact]
    public async Task An_urging_reaches_the_unit_in_its_inbox_by_mail_and_on_its_robot_once()
    {
        await using var hooks = await HookReceiver.StartAsync();
        var built = await Ledger.CreateRoundAsync(world, "催办送达测试轮次");
        // Other tests of this class give 信用科 robots with made-up internet addresses, and its new measures reach them:
        // those waiting messages are not this test's, and sending them here would wait on a network that is not there.
        await InDb(world, db => db.Set<OutboxMessage>().Where(m => m.Channel == Channel.Webhook && m.Status == DeliveryStatus.Pending).ExecuteDeleteAsync());
        await SetEmailAsync(world, "staff", "liguihua@example.gov.cn");
        var admin = await world.As("admin");
        (await admin.PostAsJsonAsync("/api/v1/admin/webhooks", new { name = "规划科工作群", kind = "WeCom", url = hooks.Url("wecom?key=abc"), unitId = world.Planning.Id }))
            .EnsureSuccessStatusCode();
        var before = world.Smtp.ReceivedEmailCount;

        var office = await world.As("office");
        var urging = await Ledger.Id(await office.PostAsJsonAsync("/api/v1/escalations", new
        {
            kind = "Urging", unitId = world.Planning.Id, reason = "该措施进度滞后,请于3个工作日内报送整改进展", measureIds = new[] { built.MeasureId },
        }));

        var staff = await world.As("staff");
        var inbox = await InboxAsync(staff);
        var message = Assert.Single(inbox, m => m.GetProperty("kind").GetString() == "Urging" && m.GetProperty("body").GetString()!.Contains("催办送达测试") || m.GetProperty("title").GetString()!.Contains("请于3个工作日内"));
        Assert.Equal("Urging", message.GetProperty("kind").GetString());
        Assert.StartsWith("【催办】规划科：", message.GetProperty("title").GetString());
        Assert.Contains("加强理论学习，提升政治素养（时限2024年5月31日）", message.GetProperty("body").GetString());
        foreach (var other in new[] { "staff2", "staffB", "office", "leader", "inspector" })
            Assert.DoesNotContain(await InboxAsync(await world.As(other)), m => m.GetProperty("title").GetString()!.Contains("请于3个工作日内"));

        // Read state is the user's own: another's message is not found.
        var id = message.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await (await world.As("staffB")).PostAsync($"/api/v1/inbox/{id}/read", null)).StatusCode);
        var unread = (await Ledger.GetJson(staff, "/api/v1/inbox/unread-count")).GetProperty("count").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/inbox/{id}/read", null)).StatusCode);
        Assert.Equal(unread - 1, (await Ledger.GetJson(staff, "/api/v1/inbox/unread-count")).GetProperty("count").GetInt32());

        // The mail and the robot's message go when the sender runs, and only then; a second run sends nothing again.
        var first = await SendAsync(world.Factory);
        Assert.Equal(2, first.Sent);
        Assert.Equal(new SendResult(0, 0, 0), await SendAsync(world.Factory));
        var mail = Assert.Single(world.Mails().Skip(before));
        Assert.Equal("liguihua@example.gov.cn", mail.To.Mailboxes.Single().Address);
        Assert.Equal("整改督办平台", mail.From.Mailboxes.Single().Name);
        Assert.StartsWith("【催办】规划科：该措施进度滞后", mail.Subject);
        Assert.Contains("请于3个工作日内报送整改进展", mail.TextBody);
        Assert.Contains("查看详情：https://rectify.example.gov.cn/Supervision/Escalations", mail.TextBody);
        var staffId = await InDb(world, db => db.Users.Where(u => u.UserName == "staff").Select(u => u.Id).SingleAsync());
        var key = $"urging:{urging:N}|email:{staffId:N}";
        var row = await InDb(world, db => db.Set<OutboxMessage>().SingleAsync(m => m.Key == key));
        Assert.Equal($"{row.Id:N}@rectify", mail.MessageId);
        Assert.Equal(DeliveryStatus.Sent, row.Status);

        var robot = Assert.Single(hooks.Requests);
        Assert.Equal("?key=abc", robot.Query);
        Assert.Equal("markdown", robot.Body.GetProperty("msgtype").GetString());
        Assert.StartsWith("### 【催办】规划科：", robot.Body.GetProperty("markdown").GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_webhook_with_a_bad_address_or_no_name_is_refused_in_plain_Chinese_and_an_edit_needs_the_current_version()
    {
        var admin = await world.As("admin");
        var badUrl = await admin.PostAsJsonAsync("/api/v1/admin/webhooks", new { name = "群", kind = "WeCom", url = "ftp://x", unitId = world.Planning.Id });
        await Admin.AdminCalls.AssertRefusedAsync(badUrl, HttpStatusCode.UnprocessableEntity, "接收地址必须是 http 或 https 网址");
        var noName = await admin.PostAsJsonAsync("/api/v1/admin/webhooks", new { name = "", kind = "WeCom", url = "https://x.cn/h", unitId = world.Planning.Id });
        await Admin.AdminCalls.AssertRefusedAsync(noName, HttpStatusCode.BadRequest, "请填写名称");
        var noUnit = await admin.PostAsJsonAsync("/api/v1/admin/webhooks", new { name = "群", kind = "WeCom", url = "https://x.cn/h", unitId = Guid.NewGuid() });
        await Admin.AdminCalls.AssertRefusedAsync(noUnit, HttpStatusCode.UnprocessableEntity, "请选择接收消息的单位");
        var id = await Admin.AdminCalls.CreateWebhookAsync(world, world.Credit.Id, "Json", "https://x.cn/hook");
        var edit = new { name = "信用科系统", kind = "Json", url = "https://x.cn/hook2", unitId = world.Credit.Id, isActive = false, version = 0 };
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/admin/webhooks/{id}", edit)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync($"/api/v1/admin/webhooks/{id}", edit)).StatusCode);
        // An empty address keeps the saved one, which is not shown again in full.
        var rename = new { name = "信用科接口", kind = "Json", url = "", unitId = world.Credit.Id, isActive = false, version = 1 };
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/admin/webhooks/{id}", rename)).StatusCode);
        var hooks = (await Ledger.GetJson(admin, "/api/v1/admin/webhooks")).EnumerateArray().ToList();
        Assert.Contains(hooks, h => h.GetProperty("name").GetString() == "信用科接口" && !h.GetProperty("isActive").GetBoolean()
            && h.GetProperty("url").GetString() == "https://x.cn/hook2");
    }

    [Fact]
    public async Task Writing_the_same_notices_twice_writes_them_once()
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        var staffId = await db.Users.Where(u => u.UserName == "staff2").Select(u => u.Id).SingleAsync();
        var notice = new Notice($"test:{Guid.NewGuid():N}", MessageKind.Test, "重复写入", "同一条消息", null);
        Assert.Equal(1, await writer.AddAsync([new Addressed(notice, [staffId, staffId], [])], CancellationToken.None));
        Assert.Equal(0, await writer.AddAsync([new Addressed(notice, [staffId], [])], CancellationToken.None));
        await db.SaveChangesAsync();
        Assert.Equal(0, await writer.AddAsync([new Addressed(notice, [staffId], [])], CancellationToken.None));
        Assert.Equal(1, await db.Set<OutboxMessage>().CountAsync(m => m.Key.StartsWith(notice.Key)));
    }

    [Fact]
    public async Task The_inbox_page_shows_the_message_and_marks_it_read()
    {
        var office = await world.As("office");
        var built = await Ledger.CreateRoundAsync(world, "站内消息页面测试");
        (await office.PostAsJsonAsync("/api/v1/escalations", new
        {
            kind = "Urging", unitId = world.Planning.Id, reason = "站内消息页面测试催办", measureIds = new[] { built.MeasureId },
        })).EnsureSuccessStatusCode();
        var page = await PageSession.SignInAsync(world, "staff");
        var (status, html) = await page.GetAsync("/Messages?unread=true");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("站内消息页面测试催办", html);
        Assert.Contains("data-testid=\"unread-count\"", html);
    }

    [Fact]
    public async Task The_admin_page_lists_the_failure_with_its_reason()
    {
        var hook = await Admin.AdminCalls.CreateWebhookAsync(world, world.Credit.Id);
        await Admin.AdminCalls.FailedMessageAsync(world, hook);
        var page = await PageSession.SignInAsync(world, "admin");
        var (status, html) = await page.GetAsync("/Admin/Messages?view=Failed");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("接收方返回 500", html);
        Assert.Contains("重新发送", html);
        Assert.Contains("每日督办：刷新预警，发送临期、超期提醒", html);
    }
}
