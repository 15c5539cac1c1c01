using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Supervision.Reminders;
using Rectify.Platform.Calendar;
using Rectify.IntegrationTests.Supervision;

namespace Rectify.IntegrationTests.Rounds;

/// <summary>
/// One round with a measure in each situation, read by every consumer of the lights: ledger rows and filters, summary,
/// dashboard, reminders, the leaders' digest, talk proposals and a dispatch all give the same answer. Alone with its own
/// fixture, since it moves the clock a week (2024-04-18 → 2024-04-25, both Thursdays).
/// </summary>
public class LightsAgreementTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Every_consumer_of_the_lights_agrees_on_one_round()
    {
        var office = await world.As("office");
        var round = await Ledger.Id(await office.PostAsJsonAsync("/api/v1/rounds", new
        {
            kind = "Patrol",
            title = "市委第二巡察组专项巡察反馈意见整改",
            inspectingBody = "市委第二巡察组",
            inspectedUnitId = world.Commission.Id,
            feedbackDate = "2023-11-10",
        }));
        // 临期 over ten working days: the ledger's 只看临期 over all rounds must use it, not a fixed five.
        (await office.PutAsJsonAsync($"/api/v1/rounds/{round}/warning-settings",
            new { version = 0, dueSoonDays = 10, laggingMargin = 20, progressPeriodMonths = 3, lookBackMonths = 6 })).EnsureSuccessStatusCode();
        var problem = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/rounds/{round}/problems",
            new { label = "1.", title = "项目审批事项清单动态调整不及时问题" }));
        async Task<Guid> Add(string text, string kind, string? limit) => await Ledger.Id(await office.PostAsJsonAsync(
            $"/api/v1/problems/{problem}/measures", new { text, kind, leadLeader = "王领导", responsibleUnitId = world.Credit.Id, timeLimit = limit }));
        var overdue = await Add("逐项清理审批事项并公布调整结果", "Dated", "2024-04-22");
        var dueSoon = await Add("修订项目审批工作规程", "Dated", "2024-05-08");
        var lagging = await Add("建成审批事项动态管理系统", "Dated", "2024-06-28");
        var inTime = await Add("开展审批事项自查", "Dated", "2024-04-19");
        var late = await Add("向社会公开审批事项清单", "Dated", "2024-04-22");
        var longTerm = await Add("常态化开展清单动态调整", "LongTerm", null);

        var staff = await world.As("staff2");
        async Task Report(Guid id, int percent) => (await staff.PostAsync($"/api/v1/measures/{id}/progress",
            Ledger.Progress("按计划推进，已形成阶段成果", percent, ("进展材料.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();
        async Task Request(HttpClient client, Guid id) => (await client.PostAsJsonAsync($"/api/v1/measures/{id}/close-out",
            new { note = "各项任务已全部落实，相关制度已印发" })).EnsureSuccessStatusCode();
        await Report(overdue, 30);
        await Report(dueSoon, 90);
        await Report(lagging, 10);
        await Report(inTime, 100);
        await Report(late, 100);
        await Request(staff, inTime);

        // A week on: the in-time request waits past its limit, and the other is asked for only after its limit.
        world.Factory.Clock.Advance(TimeSpan.FromDays(7));
        await WarningSteps.RefreshAsync(world);
        using var officeNow = await world.SignInAsync("office");
        using var staffNow = await world.SignInAsync("staff2");
        await Request(staffNow, late);

        // Ledger rows.
        var rows = (await Ledger.GetJson(officeNow, $"/api/v1/ledger?roundId={round}&pageSize=50")).GetProperty("items").EnumerateArray()
            .ToDictionary(r => r.GetProperty("measureId").GetGuid(), r => r.GetProperty("lights"));
        bool Lit(Guid id, string light) => rows[id].GetProperty(light).GetBoolean();
        Assert.Equal([overdue], rows.Keys.Where(id => Lit(id, "overdue")));
        Assert.Equal([dueSoon], rows.Keys.Where(id => Lit(id, "dueSoon")));
        Assert.Equal([overdue, lagging], rows.Keys.Where(id => Lit(id, "lagging")).Order());
        Assert.Equal([longTerm], rows.Keys.Where(id => Lit(id, "progressMissing")));
        Assert.Equal([late], rows.Keys.Where(id => Lit(id, "lateCompletion")));

        // Ledger filters, over this round and over all rounds.
        Assert.Equal([overdue], await WarningSteps.LedgerIds(world, "overdue=true"));
        Assert.Equal([dueSoon], await WarningSteps.LedgerIds(world, "dueSoon=true"));
        Assert.Equal([dueSoon], await WarningSteps.LedgerIds(world, $"roundId={round}&dueSoon=true"));
        Assert.Equal([overdue, lagging], (await WarningSteps.LedgerIds(world, "lagging=true")).Order());
        Assert.Equal([longTerm], await WarningSteps.LedgerIds(world, "progressMissing=true"));

        // Summary, round list and dashboard.
        var summary = await Ledger.GetJson(officeNow, $"/api/v1/ledger/summary?roundId={round}");
        Assert.Equal(1, summary.GetProperty("overdueMeasures").GetInt32());
        Assert.Equal(2, summary.GetProperty("pendingReview").GetInt32());
        Assert.Contains("超期1条", summary.GetProperty("text").GetString());
        var listed = (await Ledger.GetJson(officeNow, "/api/v1/rounds")).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == round);
        Assert.Equal(1, listed.GetProperty("overdue").GetInt32());
        var totals = (await Ledger.GetJson(officeNow, $"/api/v1/dashboard?roundId={round}")).GetProperty("totals");
        Assert.Equal((1, 1, 2, 2), (totals.GetProperty("overdue").GetInt32(), totals.GetProperty("dueSoon").GetInt32(),
            totals.GetProperty("lagging").GetInt32(), totals.GetProperty("pendingReview").GetInt32()));
        using var leader = await world.SignInAsync("leader");
        var leaderTotals = (await Ledger.GetJson(leader, $"/api/v1/dashboard?roundId={round}")).GetProperty("totals");
        Assert.Equal((1, 1, 2), (leaderTotals.GetProperty("overdue").GetInt32(), leaderTotals.GetProperty("dueSoon").GetInt32(),
            leaderTotals.GetProperty("lagging").GetInt32()));

        // Reminders and the leaders' digest.
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var today = world.Factory.Clock.Today();
            var reminded = await scope.ServiceProvider.GetRequiredService<DailyReminders>().RunAsync(today, CancellationToken.None);
            Assert.Equal((1, 1), (reminded.DueSoon, reminded.Overdue));
            await scope.ServiceProvider.GetRequiredService<WeeklyDigest>().RunAsync(today, CancellationToken.None);
        }
        var inbox = await Messaging.MessageSteps.InboxAsync(leader);
        var digest = inbox.Single(m => m.GetProperty("kind").GetString() == "WeeklyDigest").GetProperty("body").GetString()!;
        Assert.Contains("超期1项", digest);
        Assert.Contains("临期1项", digest);
        Assert.Contains("滞后2项", digest);
        Assert.DoesNotContain("完成100%", digest);

        // Talk proposals and a dispatch.
        var proposals = (await Ledger.GetJson(officeNow, "/api/v1/escalations/talk-proposals?threshold=1")).EnumerateArray().ToList();
        var credit = proposals.Single(p => p.GetProperty("unitId").GetGuid() == world.Credit.Id);
        Assert.Equal((1, 2), (credit.GetProperty("overdue").GetInt32(), credit.GetProperty("lagging").GetInt32()));
        var dispatch = await Ledger.Id(await officeNow.PostAsJsonAsync("/api/v1/dispatches", new { roundId = round }));
        var issued = await Ledger.GetJson(officeNow, $"/api/v1/dispatches/{dispatch}");
        var unit = issued.GetProperty("units").EnumerateArray().Single();
        Assert.Equal((1, 1, 2), (unit.GetProperty("overdue").GetInt32(), unit.GetProperty("dueSoon").GetInt32(), unit.GetProperty("lagging").GetInt32()));
        var worst = issued.GetProperty("measures").EnumerateArray().ToList();
        Assert.Equal([overdue], worst.Where(m => m.GetProperty("warning").GetString() == "Overdue").Select(m => m.GetProperty("measureId").GetGuid()));
        Assert.DoesNotContain(worst, m => m.GetProperty("measureId").GetGuid() == inTime || m.GetProperty("measureId").GetGuid() == late);
    }
}
