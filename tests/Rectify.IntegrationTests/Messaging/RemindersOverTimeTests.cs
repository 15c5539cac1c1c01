using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Supervision.Reminders;
using Rectify.IntegrationTests.Supervision;
using Rectify.Platform.Calendar;

namespace Rectify.IntegrationTests.Messaging;

/// <summary>
/// The day's reminders and the week's digest on a moved clock: 临期 before the time limit, 超期 once it passed (to
/// the person and the unit, and to the office that runs the round), each once however often the day's job runs.
/// </summary>
public class RemindersOverTimeTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Due_soon_then_overdue_reminders_and_the_weekly_digest_each_go_once()
    {
        var built = await Ledger.CreateRoundAsync(world, "提醒测试轮次");   // time limit 2024年5月31日 (Friday)

        // Monday 2024-05-27: four working days left, within the round's five.
        world.Factory.Clock.SetUtcNow(new DateTimeOffset(2024, 5, 27, 0, 10, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        var day = await RunDayAsync();
        Assert.Equal(1, day.DueSoon);
        Assert.Equal(0, day.Overdue);
        var staff = await Titles("staff");
        Assert.Contains(staff, t => t.StartsWith("【临期提醒】加强理论学习，提升政治素养将于2024年5月31日到期"));
        Assert.Equal(new ReminderResult(1, 0, 0), await RunDayAsync());
        Assert.DoesNotContain(await Titles("staff2"), t => t.Contains("临期"));
        Assert.DoesNotContain(await Titles("office"), t => t.Contains("临期"));

        // Monday 2024-06-03: past the limit — the person and unit are told, and the office hears of a new overdue item.
        world.Factory.Clock.SetUtcNow(new DateTimeOffset(2024, 6, 3, 0, 10, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        day = await RunDayAsync();
        Assert.Equal(1, day.Overdue);
        Assert.Equal(2, day.Messages);
        Assert.Contains(await Titles("staff"), t => t == "【超期提醒】加强理论学习，提升政治素养已超过整改时限");
        Assert.Contains(await Titles("office"), t => t == "【新增超期】规划科：加强理论学习，提升政治素养");
        Assert.DoesNotContain(await Titles("officeB"), t => t.Contains("超期"));
        Assert.Equal(0, (await RunDayAsync()).Messages);

        // A fortnight on, still overdue: it was told then, nothing new now.
        world.Factory.Clock.SetUtcNow(new DateTimeOffset(2024, 6, 17, 0, 10, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        Assert.Equal(0, (await RunDayAsync()).Messages);

        // A new time limit is a new reminder.
        using var office = await world.SignInAsync("office");
        var version = (await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}")).GetProperty("row").GetProperty("version").GetInt32();
        var edit = await office.PutAsJsonAsync($"/api/v1/measures/{built.MeasureId}", new
        {
            text = "加强理论学习,提升政治素养", kind = "Dated", responsibleUnitId = world.Planning.Id, responsiblePerson = "李规划",
            leadLeader = "王领导", responsibleLeader = "王领导", timeLimit = "2024-06-19", version,
        });
        edit.EnsureSuccessStatusCode();
        Assert.Equal(1, (await RunDayAsync()).DueSoon);
        Assert.Equal(2, (await Titles("staff")).Count(t => t.StartsWith("【临期提醒】")));

        // Monday's digest for the leader who leads it; once a week.
        var digests = await DigestAsync();
        Assert.Equal(1, digests);
        var leader = await Inbox("leader");
        var digest = Assert.Single(leader, m => m.GetProperty("kind").GetString() == "WeeklyDigest");
        Assert.Equal("【每周汇报】2024年6月17日当周整改进展", digest.GetProperty("title").GetString());
        Assert.Contains("您牵头或负责的整改措施共1项，已完成0项，正在推进1项；其中超期0项、临期1项、滞后", digest.GetProperty("body").GetString());
        Assert.Contains("1. 加强理论学习，提升政治素养（时限2024年6月19日，临期", digest.GetProperty("body").GetString());
        world.Factory.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await DigestAsync());
        world.Factory.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(1, await DigestAsync());
    }

    private async Task<ReminderResult> RunDayAsync()
    {
        await WarningSteps.RefreshAsync(world);
        await using var scope = world.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DailyReminders>().RunAsync(world.Factory.Clock.Today(), CancellationToken.None);
    }

    private async Task<int> DigestAsync()
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WeeklyDigest>().RunAsync(world.Factory.Clock.Today(), CancellationToken.None);
    }

    private async Task<List<JsonElement>> Inbox(string account)
    {
        using var client = await world.SignInAsync(account);
        return await MessageSteps.InboxAsync(client);
    }

    private async Task<List<string>> Titles(string account) => (await Inbox(account)).Select(m => m.GetProperty("title").GetString()!).ToList();
}
