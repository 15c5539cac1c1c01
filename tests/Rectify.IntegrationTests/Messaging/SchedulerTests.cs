using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;
using static Rectify.IntegrationTests.Messaging.MessageSteps;

namespace Rectify.IntegrationTests.Messaging;

/// <summary>The app with its scheduler running (persistent store in the test database) and the outbox looked at every second.</summary>
public sealed class SchedulerWorld() : MailWorld(Scheduled)
{
    public static readonly IReadOnlyDictionary<string, string?> Scheduled = new Dictionary<string, string?>
    {
        ["Rectify:Jobs:Enabled"] = "true",
        ["Rectify:Jobs:OutboxIntervalSeconds"] = "1",
    };
}

/// <summary>The schedule itself, with short triggers: Quartz fires the sender, and lists the daily and weekly jobs.</summary>
public class SchedulerTests(SchedulerWorld world) : IClassFixture<SchedulerWorld>
{
    [Fact]
    public async Task The_scheduler_sends_the_outbox_and_plans_the_daily_and_weekly_jobs()
    {
        var office = await world.As("officeB");
        var round = await Ledger.Id(await office.PostAsJsonAsync("/api/v1/rounds", new
        {
            kind = "Patrol", title = "调度测试轮次", inspectingBody = "市委第五巡察组", inspectedUnitId = world.Bureau.Id, feedbackDate = "2023-11-10",
        }));
        var problem = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/rounds/{round}/problems", new { title = "政务服务事项办理慢" }));
        var measure = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{problem}/measures",
            new { text = "压缩办理时限", kind = "Dated", responsibleUnitId = world.Service.Id, timeLimit = "2024-06-30" }));
        // The address is set once the measure is assigned, so the urging is the only mail.
        await SetEmailAsync(world, "staffB", "zhouzhengwu@example.gov.cn");
        (await office.PostAsJsonAsync("/api/v1/escalations", new { kind = "Urging", unitId = world.Service.Id, reason = "请按时限完成", measureIds = new[] { measure } }))
            .EnsureSuccessStatusCode();

        // Nobody runs the sender here: the scheduler does, within a few seconds.
        await EventuallyAsync(() => Task.FromResult(world.Smtp.ReceivedEmailCount > 0), TimeSpan.FromSeconds(30), "the scheduler's sending");
        var mail = Assert.Single(world.Mails());
        Assert.Equal("zhouzhengwu@example.gov.cn", mail.To.Mailboxes.Single().Address);

        var jobs = (await Ledger.GetJson(await world.As("admin"), "/api/v1/admin/jobs")).EnumerateArray().ToList();
        Assert.Equal(["outbox", "forget-idempotent-requests", "daily-supervision", "weekly-digest", "appeal-ratings", "appeal-reminders", "dashboard-counts"], jobs.Select(j => j.GetProperty("name").GetString()));
        Assert.All(jobs, j => Assert.Equal("正常", j.GetProperty("state").GetString()));
        var daily = TimeZoneInfo.ConvertTime(jobs[2].GetProperty("next").GetDateTimeOffset(), ChinaClock.Zone);
        Assert.Equal((0, 5), (daily.Hour, daily.Minute));
        var weekly = TimeZoneInfo.ConvertTime(jobs[3].GetProperty("next").GetDateTimeOffset(), ChinaClock.Zone);
        Assert.Equal((DayOfWeek.Monday, 8, 30), (weekly.DayOfWeek, weekly.Hour, weekly.Minute));
        Assert.NotNull(jobs[0].GetProperty("previous").GetString());
    }
}

/// <summary>A sheet imported as a job is run by the scheduler, and its record (not the sheet) is kept.</summary>
public class ScheduledImportTests(SchedulerWorld world) : IClassFixture<SchedulerWorld>
{
    [Fact]
    public async Task A_sheet_import_job_runs_on_the_scheduler_and_keeps_its_outcome()
    {
        var office = await world.As("office");
        var sheet = Documents.TestSheet.Build([
            ["具体问题", "方面/类别", "整改措施", "措施类型", "完成时限", "责任单位", "配合单位", "牵头领导", "责任领导", "责任人"],
            ["问题一", "作风方面", "一是建立台账", "立行立改", "", "规划科", "", "", "", ""],
        ]);
        var response = await office.PostAsync("/api/v1/rounds/import.xlsx?async=true", Documents.TestSheet.Form(sheet, world.Commission.Id, "调度导入的轮次"));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var status = await Documents.SheetImportJobTests.PollAsync(office, response.Headers.Location!.ToString());
        Assert.Equal("Succeeded", status.GetProperty("state").GetString());
        var roundId = status.GetProperty("result").GetProperty("roundId").GetGuid();
        Assert.Equal("调度导入的轮次", (await Ledger.GetJson(office, $"/api/v1/rounds/{roundId}")).GetProperty("title").GetString());
        var id = Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
        var kept = await InDb(world, db => db.Set<Rectify.Features.Documents.Jobs.SheetImport>().SingleAsync(i => i.Id == id));
        Assert.Null(kept.Xlsx);
        Assert.NotNull(kept.FinishedAt);
        // The scheduler ran it: its one-off trigger is gone once fired.
        var triggers = await InDb(world, db => db.Database.SqlQueryRaw<string>("SELECT trigger_name AS \"Value\" FROM qrtz_triggers").ToListAsync());
        Assert.DoesNotContain(triggers, t => t.StartsWith("sheet-import-"));
    }
}

/// <summary>
/// Two instances of the app on one PostgreSQL database, both running the scheduler (clustered) and both sending at
/// once besides: every message reaches the SMTP server exactly once, including those a sender claimed and then died on.
/// </summary>
public class TwoInstancesTests(SchedulerWorld world) : IClassFixture<SchedulerWorld>
{
    [Fact]
    public async Task Two_instances_on_one_PostgreSQL_send_each_message_exactly_once()
    {
        Assert.SkipUnless(RectifyFactory.Provider == "Postgres", "Two instances share a PostgreSQL database; SQLite is one process's file.");
        await SetEmailAsync(world, "staff", "liguihua@example.gov.cn");
        world.Factory.CreateClient().Dispose();
        await using var second = new RectifyFactory(world.Factory, new Dictionary<string, string?>(SchedulerWorld.Scheduled)
        {
            ["Rectify:Messaging:Smtp:Host"] = "127.0.0.1",
            ["Rectify:Messaging:Smtp:Port"] = world.Smtp.Configuration.Port.ToString(),
            ["Rectify:Messaging:Smtp:Security"] = "None",
        });
        second.Clock.SetUtcNow(world.Factory.Clock.GetUtcNow());
        second.CreateClient().Dispose();

        // Both schedulers joined one cluster.
        var instances = await InDb(world, db => db.Database.SqlQueryRaw<string>("SELECT instance_name AS \"Value\" FROM qrtz_scheduler_state").ToListAsync());
        Assert.Equal(2, instances.Count);

        const int count = 60;
        var keys = await AddMailsAsync(world.Factory, "twice", count);
        // Besides the two schedulers, each instance also runs its sender twice at the same moment.
        await Task.WhenAll(SendAsync(world.Factory), SendAsync(second), SendAsync(world.Factory), SendAsync(second));
        await WaitSentAsync(keys);

        // A sender that claimed five messages and died: once its claim runs out, another sends them, once.
        var orphans = await AddMailsAsync(world.Factory, "orphan", 5);
        var claimedAt = world.Factory.Clock.GetUtcNow();
        await InDb(world, db => db.Set<OutboxMessage>().Where(m => orphans.Contains(m.Key)).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, DeliveryStatus.Sending).SetProperty(m => m.ClaimToken, Guid.NewGuid())
            .SetProperty(m => m.ClaimedUntil, claimedAt + OutboxSender.Lease)));
        await Task.Delay(2500);
        Assert.Equal(0, await InDb(world, db => db.Set<OutboxMessage>().CountAsync(m => orphans.Contains(m.Key) && m.Status == DeliveryStatus.Sent)));
        world.Factory.Clock.Advance(OutboxSender.Lease + TimeSpan.FromSeconds(1));
        second.Clock.Advance(OutboxSender.Lease + TimeSpan.FromSeconds(1));
        await WaitSentAsync(orphans);

        await Task.Delay(2500);   // room for a duplicate to arrive, were there one
        var ids = world.Mails().Select(m => m.MessageId).ToList();
        Assert.Equal(count + 5, ids.Count);
        Assert.Equal(count + 5, ids.Distinct().Count());
    }

    private async Task<List<string>> AddMailsAsync(RectifyFactory factory, string batch, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        var staff = await db.Users.Where(u => u.UserName == "staff").Select(u => u.Id).SingleAsync();
        var notices = Enumerable.Range(1, count).Select(n =>
            new Addressed(new Notice($"test:{batch}:{n}", MessageKind.Test, $"第{n}条测试消息", "两个实例同时发送", null), [staff], [])).ToList();
        await scope.ServiceProvider.GetRequiredService<OutboxWriter>().AddAsync(notices, CancellationToken.None);
        await db.SaveChangesAsync();
        return await db.Set<OutboxMessage>().Where(m => m.Key.StartsWith($"test:{batch}:") && m.Channel == Channel.Email).Select(m => m.Key).ToListAsync();
    }

    private Task WaitSentAsync(List<string> keys) => EventuallyAsync(
        async () => await InDb(world, db => db.Set<OutboxMessage>().CountAsync(m => keys.Contains(m.Key) && m.Status == DeliveryStatus.Sent)) == keys.Count,
        TimeSpan.FromSeconds(60), "sending every message");
}
