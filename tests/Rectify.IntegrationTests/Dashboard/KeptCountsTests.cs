using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Dashboard;
using Rectify.IntegrationTests.Documents;
using Rectify.IntegrationTests.Supervision;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Dashboard;

/// <summary>
/// The office's dashboard reads counts kept per round; after every kind of change it must show exactly what a count from
/// scratch shows. Each step reads the dashboard twice (recounting the rounds marked changed, then kept counts only), then
/// throws the kept counts away and reads it again (everything counted afresh), and compares the three. The clock moves:
/// a class of its own.
/// </summary>
public class KeptCountsTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Kept_counts_equal_a_count_from_scratch_after_edits_close_outs_reopening_imports_settings_and_the_next_day()
    {
        var built = await DashboardLedger.CreateAsync(world);
        var office = await world.As("office");
        var staff = await world.As("staff");
        await SameAsFromScratchAsync(built.RoundId);

        (await staff.PostAsync($"/api/v1/measures/{built.A}/progress", Ledger.Progress("已基本完成", 100, ("材料.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();
        Assert.Equal(2, (await SameAsFromScratchAsync(built.RoundId)).Lagging);

        (await staff.PostAsJsonAsync($"/api/v1/measures/{built.A}/close-out", new { note = "已完成" })).EnsureSuccessStatusCode();
        Assert.Equal(1, (await SameAsFromScratchAsync(built.RoundId)).PendingReview);

        (await office.PostAsJsonAsync($"/api/v1/measures/{built.A}/review", new { decision = "Approve" })).EnsureSuccessStatusCode();
        Assert.Equal(2, (await SameAsFromScratchAsync(built.RoundId)).Closed);

        (await office.PostAsJsonAsync($"/api/v1/measures/{built.E}/reopen", new { reason = "回头看发现反弹" })).EnsureSuccessStatusCode();
        Assert.Equal(1, (await SameAsFromScratchAsync(built.RoundId)).Closed);

        var sheet = SheetEdit.Apply(await SheetIntoRoundTests.ExportAsync(office, built.RoundId), new Dictionary<string, string>(),
            ["", "(二)关于作风建设方面", "会议过多过滥问题", "一是精简会议", "限期整改", "", "", "规划科", "", "李规划", "2024年4月10日"]);
        (await office.PostAsync($"/api/v1/rounds/{built.RoundId}/import.xlsx", SheetIntoRoundTests.Form(sheet))).EnsureSuccessStatusCode();
        var imported = await SameAsFromScratchAsync(built.RoundId);
        Assert.Equal((7, 2), (imported.Measures, imported.Overdue));

        var round = await Ledger.GetJson(office, $"/api/v1/rounds/{built.RoundId}");
        (await office.PutAsJsonAsync($"/api/v1/rounds/{built.RoundId}/warning-settings", new
        {
            version = round.GetProperty("version").GetInt32(),
            dueSoonDays = 10,
            laggingMargin = 0,
            progressPeriodMonths = 3,
            lookBackMonths = 6,
        })).EnsureSuccessStatusCode();
        Assert.Equal(2, (await SameAsFromScratchAsync(built.RoundId)).DueSoon);

        // Nothing is touched overnight, yet the lights move with the date: yesterday's counts are not read today.
        world.Factory.Clock.Advance(TimeSpan.FromDays(7));
        await WarningSteps.RefreshAsync(world);
        Assert.Equal(3, (await SameAsFromScratchAsync(built.RoundId)).Overdue);
    }

    /// <summary>The office's dashboard for the round, for all its rounds and for one unit, each as kept and as counted from scratch.</summary>
    private Task<Figures> SameAsFromScratchAsync(Guid roundId) => SameAsFromScratchAsync(world, roundId);

    internal static async Task<Figures> SameAsFromScratchAsync(World world, Guid roundId)
    {
        using var office = await world.SignInAsync("office");
        string[] queries = [$"roundId={roundId}", "", $"unitId={world.Planning.Id}"];
        var kept = new List<string>();
        foreach (var query in queries)
        {
            // The first read counts the rounds marked changed again; the second reads only kept counts.
            var recounted = (await Ledger.GetJson(office, $"/api/v1/dashboard?{query}")).ToString();
            kept.Add((await Ledger.GetJson(office, $"/api/v1/dashboard?{query}")).ToString());
            Assert.Equal(recounted, kept[^1]);
        }
        // The ledger's summary over all the office's rounds reads figures kept with the same counts, for every view kept:
        // it states what a fresh count states.
        string[] views = ["", "open=true", "overdue=true", "dueSoon=true", "lagging=true", "progressMissing=true"];
        var summaries = new List<string>();
        foreach (var view in views)
        {
            summaries.Add((await Ledger.GetJson(office, $"/api/v1/ledger/summary?{view}")).ToString());
            Assert.Equal((await Ledger.GetJson(office, $"/api/v1/ledger/summary?{view}&exact=true")).ToString(), summaries[^1]);
        }
        var all = (await Ledger.GetJson(office, "/api/v1/dashboard")).GetProperty("totals");
        var stated = await Ledger.GetJson(office, "/api/v1/ledger/summary");
        Assert.Equal((all.GetProperty("measures").GetInt32(), all.GetProperty("closed").GetInt32(), all.GetProperty("overdue").GetInt32()),
            (stated.GetProperty("measures").GetInt32(), stated.GetProperty("closedMeasures").GetInt32(), stated.GetProperty("overdueMeasures").GetInt32()));
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
            Assert.False(await db.Set<RoundChange>().AnyAsync(c => c.RoundId == roundId), "a change is left after the round was counted again");
            Assert.True(await db.Set<KeptCount>().AnyAsync(c => c.RoundId == roundId), "the round's counts were not kept");
            Assert.True(await db.Set<KeptSummary>().AnyAsync(c => c.RoundId == roundId), "the round's summary figures were not kept");
            await db.Set<KeptCount>().ExecuteDeleteAsync();
            await db.Set<KeptSummary>().ExecuteDeleteAsync();
        }
        foreach (var (query, before) in queries.Zip(kept))
            Assert.Equal(before, (await Ledger.GetJson(office, $"/api/v1/dashboard?{query}")).ToString());
        foreach (var (view, before) in views.Zip(summaries))
            Assert.Equal(before, (await Ledger.GetJson(office, $"/api/v1/ledger/summary?{view}")).ToString());
        return await TotalsAsync(office, roundId);
    }

    internal static async Task<Figures> TotalsAsync(HttpClient office, Guid roundId)
    {
        var t = (await Ledger.GetJson(office, $"/api/v1/dashboard?roundId={roundId}")).GetProperty("totals");
        int Of(string name) => t.GetProperty(name).GetInt32();
        return new Figures(Of("measures"), Of("closed"), Of("pendingReview"), Of("overdue"), Of("dueSoon"), Of("lagging"));
    }

    internal sealed record Figures(int Measures, int Closed, int PendingReview, int Overdue, int DueSoon, int Lagging);
}
