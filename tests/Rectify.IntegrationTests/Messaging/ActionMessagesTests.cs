using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Jobs.Outbox;
using static Rectify.IntegrationTests.Messaging.MessageSteps;

namespace Rectify.IntegrationTests.Messaging;

/// <summary>
/// Every event somebody must act on reaches them once, in the inbox and on the unit's robot: a measure assigned to a
/// unit, a close-out returned with its reason, a rebound found by a look-back, a talk recorded; nobody else hears of it.
/// </summary>
public class ActionMessagesTests(World world) : IClassFixture<World>
{
    private static readonly string[] Everyone = World.Accounts;

    /// <summary>The account's messages of that kind whose title and body hold every one of the texts.</summary>
    private async Task<List<JsonElement>> Received(string account, string kind, params string[] texts) =>
        (await InboxAsync(await world.As(account)))
        .Where(m => m.GetProperty("kind").GetString() == kind
            && texts.All(t => (m.GetProperty("title").GetString() + m.GetProperty("body").GetString()).Contains(t)))
        .ToList();

    private async Task OnlyTheseHear(string kind, string[] texts, params string[] accounts)
    {
        foreach (var account in Everyone)
            Assert.True((await Received(account, kind, texts)).Count == (accounts.Contains(account) ? 1 : 0),
                $"{account}: expected {(accounts.Contains(account) ? 1 : 0)} {kind} message about {string.Join(" ", texts)}");
    }

    [Fact]
    public async Task A_measure_assigned_to_a_unit_tells_its_staff_once_and_a_new_unit_when_it_moves()
    {
        var built = await Ledger.CreateRoundAsync(world, "交办消息测试轮次");

        await OnlyTheseHear("Assigned", ["交办消息测试轮次", "加强理论学习，提升政治素养"], "staff");
        await OnlyTheseHear("Assigned", ["交办消息测试轮次", "优化营商环境，对标先进打造亮点"], "staff2");
        var message = Assert.Single(await Received("staff", "Assigned", "交办消息测试轮次", "加强理论学习"));
        Assert.Equal("【新交办】加强理论学习，提升政治素养", message.GetProperty("title").GetString());
        Assert.Contains("整改轮次：交办消息测试轮次", message.GetProperty("body").GetString());
        Assert.Contains("整改时限：2024年5月31日", message.GetProperty("body").GetString());
        Assert.Equal($"/Rounds/Measure/{built.MeasureId}", message.GetProperty("link").GetString());

        var office = await world.As("office");
        var edit = new
        {
            text = "加强理论学习，提升政治素养",
            kind = "Dated",
            responsibleUnitId = world.Credit.Id,
            timeLimit = "2024-05-31",
            version = 0,
        };
        (await office.PutAsJsonAsync($"/api/v1/measures/{built.MeasureId}", edit)).EnsureSuccessStatusCode();
        (await office.PutAsJsonAsync($"/api/v1/measures/{built.MeasureId}", edit with { timeLimit = "2024-06-28", version = 1 })).EnsureSuccessStatusCode();

        await OnlyTheseHear("Assigned", ["交办消息测试轮次", "加强理论学习，提升政治素养"], "staff", "staff2");
    }

    [Fact]
    public async Task A_returned_close_out_tells_the_unit_the_reason_once_in_its_inbox_and_on_its_robot()
    {
        var built = await Ledger.CreateRoundAsync(world, "退回消息测试轮次");
        var admin = await world.As("admin");
        (await admin.PostAsJsonAsync("/api/v1/admin/webhooks", new { name = "规划科工作群", kind = "Json", url = "http://127.0.0.1:9/hook", unitId = world.Planning.Id }))
            .EnsureSuccessStatusCode();
        var staff = await world.As("staff");
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("专题学习会已召开三次,学习记录已归档", 100, ("学习记录.pdf", Ledger.Pdf))))
            .EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "学习任务已全部完成" })).EnsureSuccessStatusCode();

        (await (await world.As("office")).PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/review",
            new { decision = "Return", reason = "缺少党组理论学习中心组学习计划原件,请补充" })).EnsureSuccessStatusCode();
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("已补充学习计划原件", 100))).EnsureSuccessStatusCode();

        await OnlyTheseHear("CloseOutReturned", ["缺少党组理论学习中心组学习计划原件"], "staff");
        var message = Assert.Single(await Received("staff", "CloseOutReturned", "退回消息测试轮次"));
        Assert.Equal("【销号退回】加强理论学习，提升政治素养", message.GetProperty("title").GetString());
        Assert.Contains("退回理由：缺少党组理论学习中心组学习计划原件，请补充", message.GetProperty("body").GetString());
        var robot = await InDb(world, db => db.Set<OutboxMessage>()
            .CountAsync(m => m.MeasureId == built.MeasureId && m.Kind == MessageKind.CloseOutReturned && m.Channel == Channel.Webhook));
        Assert.Equal(1, robot);
    }

    [Fact]
    public async Task A_rebound_found_by_a_look_back_tells_the_unit_that_the_measure_is_open_again()
    {
        var built = await Ledger.CreateRoundAsync(world, "反弹消息测试轮次");
        await Supervision.LookBackSteps.CloseAsync(world, built);
        var office = await world.SignInAsync("office");
        (await office.PostAsync($"/api/v1/rounds/{built.RoundId}/look-backs", null)).EnsureSuccessStatusCode();
        var due = Supervision.LookBackSteps.Items(await Ledger.GetJson(office, $"/api/v1/look-backs?roundId={built.RoundId}")).Single();

        (await office.PostAsJsonAsync($"/api/v1/look-backs/{due.GetProperty("id").GetGuid()}/review",
            new { result = "Rebounded", finding = "中心组学习连续两个月未开展", version = due.GetProperty("version").GetInt32() })).EnsureSuccessStatusCode();

        await OnlyTheseHear("Rebound", ["中心组学习连续两个月未开展"], "staff");
        var message = Assert.Single(await Received("staff", "Rebound", "反弹消息测试轮次"));
        Assert.Equal("【反弹重启】加强理论学习，提升政治素养", message.GetProperty("title").GetString());
        Assert.Contains("重新打开原因：回头看发现反弹", message.GetProperty("body").GetString());
        Assert.Contains("中心组学习连续两个月未开展", message.GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_talk_tells_the_units_staff_and_the_person_talked_with_who_has_an_account()
    {
        var built = await Ledger.CreateRoundAsync(world, "约谈消息测试轮次");
        var office = await world.As("office");
        (await office.PostAsJsonAsync("/api/v1/escalations", new
        {
            kind = "Talk",
            unitId = world.Planning.Id,
            subject = "规划科科长",
            reason = "理论学习措施滞后于序时进度",
            on = "2024-04-22",
            measureIds = new[] { built.MeasureId },
        })).EnsureSuccessStatusCode();
        (await office.PostAsJsonAsync("/api/v1/escalations", new
        {
            kind = "Talk",
            unitId = world.Commission.Id,
            subject = "市发展改革委副主任王领导",
            reason = "分管领域多项整改措施超期",
            on = "2024-04-23",
        })).EnsureSuccessStatusCode();

        await OnlyTheseHear("Talk", ["理论学习措施滞后于序时进度"], "staff");
        await OnlyTheseHear("Talk", ["分管领域多项整改措施超期"], "leader");
        var message = Assert.Single(await Received("staff", "Talk", "理论学习措施滞后于序时进度"));
        Assert.Equal("【约谈通知】规划科：规划科科长", message.GetProperty("title").GetString());
        Assert.Contains("约谈时间：2024年4月22日", message.GetProperty("body").GetString());
        Assert.Contains("1. 加强理论学习，提升政治素养", message.GetProperty("body").GetString());
    }
}
