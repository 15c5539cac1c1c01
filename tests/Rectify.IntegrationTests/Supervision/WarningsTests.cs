using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Rounds.Warnings;
using Rectify.Features.Supervision.Warnings;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Supervision;

/// <summary>
/// The stored warnings behind the ledger's 滞后 and 未按期报送进展 filters: set when a measure changes, recomputed by the
/// daily refresh as time passes, never in the audit.
/// </summary>
public class WarningsTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task A_rounds_warning_settings_are_checked_and_its_measures_follow_them_at_once()
    {
        var built = await Ledger.CreateRoundAsync(world, "预警设置测试轮次");
        var office = await world.As("office");
        Assert.Equal([built.MeasureId], await WarningSteps.LedgerIds(world, $"roundId={built.RoundId}&lagging=true"));

        var invalid = await office.PutAsJsonAsync($"/api/v1/rounds/{built.RoundId}/warning-settings",
            new { version = 0, dueSoonDays = 0, laggingMargin = 20, progressPeriodMonths = 3 });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("临期提醒天数应在1至30个工作日之间", await invalid.Content.ReadAsStringAsync());

        var saved = await office.PutAsJsonAsync($"/api/v1/rounds/{built.RoundId}/warning-settings",
            new { version = 0, dueSoonDays = 10, laggingMargin = 100, progressPeriodMonths = 12 });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Empty(await WarningSteps.LedgerIds(world, $"roundId={built.RoundId}&lagging=true"));
        Assert.Empty(await WarningSteps.LedgerIds(world, $"roundId={built.RoundId}&progressMissing=true"));
        var round = await Ledger.GetJson(office, $"/api/v1/rounds/{built.RoundId}");
        Assert.Equal(12, round.GetProperty("progressPeriodMonths").GetInt32());

        var stale = await office.PutAsJsonAsync($"/api/v1/rounds/{built.RoundId}/warning-settings",
            new { version = 0, dueSoonDays = 5, laggingMargin = 20, progressPeriodMonths = 3 });
        Assert.Equal(System.Net.HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task The_ledger_page_filters_on_lagging()
    {
        var built = await Ledger.CreateRoundAsync(world, "滞后筛选测试轮次");
        var page = await PageSession.SignInAsync(world, "office");

        var (_, html) = await page.GetAsync($"/Rounds/Ledger?roundId={built.RoundId}&lagging=true");

        Assert.Contains("加强理论学习", html);
        Assert.DoesNotContain("优化营商环境,对标先进打造亮点", html);
        Assert.Contains("checked=\"checked\" /><label class=\"form-check-label\" for=\"lagging\"", html);
    }
}

/// <summary>The warnings as the days pass: alone with its own fixture, since it moves the clock by months.</summary>
public class WarningsOverTimeTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Lagging_and_missing_progress_follow_each_change_and_the_passing_days()
    {
        // On 2024-04-18 a measure fed back on 2023-11-10 and due on 2024-05-31 at 0% is far behind its schedule, and the
        // long-term one has reported nothing for more than a quarter since the feedback.
        var built = await Ledger.CreateRoundAsync(world);
        Assert.Equal([built.MeasureId], await WarningSteps.LedgerIds(world, $"roundId={built.RoundId}&lagging=true"));
        Assert.Equal([built.CooperatingMeasureId], await WarningSteps.LedgerIds(world, $"roundId={built.RoundId}&progressMissing=true"));
        var rows = await Ledger.GetJson(await world.As("office"), $"/api/v1/ledger?roundId={built.RoundId}");
        var longTerm = rows.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("measureId").GetGuid() == built.CooperatingMeasureId);
        Assert.True(longTerm.GetProperty("lights").GetProperty("progressMissing").GetBoolean());

        (await (await world.As("staff")).PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("已完成大部分", 80))).EnsureSuccessStatusCode();
        (await (await world.As("staff2")).PostAsync($"/api/v1/measures/{built.CooperatingMeasureId}/progress", Ledger.Progress("本季度推进情况", 30))).EnsureSuccessStatusCode();
        Assert.Empty(await WarningSteps.LedgerIds(world, $"roundId={built.RoundId}&lagging=true"));
        Assert.Empty(await WarningSteps.LedgerIds(world, $"roundId={built.RoundId}&progressMissing=true"));

        // Four months on, untouched: the dated measure is overdue and the long-term one is silent again — once refreshed.
        world.Factory.Clock.Advance(TimeSpan.FromDays(124));
        Assert.Empty(await WarningSteps.LedgerIds(world, $"roundId={built.RoundId}&progressMissing=true"));
        var refresh = await WarningSteps.RefreshAsync(world);
        Assert.Contains(built.MeasureId, refresh.NewlyOverdue);
        Assert.Equal([built.CooperatingMeasureId], await WarningSteps.LedgerIds(world, $"roundId={built.RoundId}&progressMissing=true"));
        Assert.Equal([built.MeasureId], await WarningSteps.LedgerIds(world, $"roundId={built.RoundId}&overdue=true"));
        // At 80% it is within the margin (20 points) of its schedule, now complete: overdue, not lagging.
        Assert.Empty(await WarningSteps.LedgerIds(world, $"roundId={built.RoundId}&lagging=true"));

        // A second refresh the same day changes nothing: it is idempotent.
        var again = await WarningSteps.RefreshAsync(world);
        Assert.Equal(0, again.Changed);
        Assert.Empty(again.NewlyOverdue);

        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        var audits = await db.Set<AuditEntry>().Where(a => a.EntityType == "Measure").Select(a => a.Changes).ToListAsync();
        Assert.NotEmpty(audits);
        Assert.DoesNotContain(audits, c => c.Contains("IsLagging") || c.Contains("IsOverdue") || c.Contains("WarningsChangedOn"));
    }
}

/// <summary>Steps the warnings tests share; the ledger is read with a fresh sign-in, since some tests move the clock by months.</summary>
internal static class WarningSteps
{
    public static async Task<List<Guid>> LedgerIds(World world, string query)
    {
        using var office = await world.SignInAsync("office");
        var page = await Ledger.GetJson(office, "/api/v1/ledger?" + query);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("measureId").GetGuid()).ToList();
    }

    public static async Task<WarningRefreshResult> RefreshAsync(World world)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WarningRefresh>().RunAsync(world.Factory.Clock.Today(), CancellationToken.None);
    }
}
