using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Dashboard;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Dashboard;

public class DashboardTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Totals_count_a_known_round_by_status_and_light()
    {
        var built = await DashboardLedger.CreateAsync(world);
        var dashboard = await Ledger.GetJson(await world.As("office"), $"/api/v1/dashboard?roundId={built.RoundId}");

        var totals = dashboard.GetProperty("totals");
        Assert.Equal(6, totals.GetProperty("measures").GetInt32());
        Assert.Equal(1, totals.GetProperty("closed").GetInt32());
        Assert.Equal(1, totals.GetProperty("inProgress").GetInt32());
        Assert.Equal(4, totals.GetProperty("notStarted").GetInt32());
        Assert.Equal(0, totals.GetProperty("pendingReview").GetInt32());
        Assert.Equal(1, totals.GetProperty("overdue").GetInt32());
        Assert.Equal(1, totals.GetProperty("dueSoon").GetInt32());
        Assert.Equal(3, totals.GetProperty("lagging").GetInt32());
        Assert.Equal(16.7, totals.GetProperty("completionRate").GetDouble());
    }

    [Fact]
    public async Task Units_are_the_child_units_of_the_inspected_unit_with_their_closures_and_lights()
    {
        var built = await DashboardLedger.CreateAsync(world);
        var dashboard = await Ledger.GetJson(await world.As("office"), $"/api/v1/dashboard?roundId={built.RoundId}");

        Assert.Equal("市发展改革委", dashboard.GetProperty("groupedUnder").GetString());
        var units = dashboard.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!);
        Assert.Equal(["信用科", "规划科"], units.Keys.Order());
        Assert.Equal((3, 1, 1, 0, 2), Figures(units["规划科"]));
        Assert.Equal((3, 0, 0, 1, 1), Figures(units["信用科"]));
        Assert.Equal(33.3, units["规划科"].GetProperty("completionRate").GetDouble());
    }

    [Fact]
    public async Task Picking_a_unit_narrows_to_its_measures_and_groups_under_it()
    {
        var built = await DashboardLedger.CreateAsync(world);
        var dashboard = await Ledger.GetJson(await world.As("office"), $"/api/v1/dashboard?roundId={built.RoundId}&unitId={world.Planning.Id}");

        Assert.Equal("规划科", dashboard.GetProperty("groupedUnder").GetString());
        Assert.Equal(3, dashboard.GetProperty("totals").GetProperty("measures").GetInt32());
        var unit = Assert.Single(dashboard.GetProperty("units").EnumerateArray());
        Assert.Equal(("规划科", (3, 1, 1, 0, 2)), (unit.GetProperty("unit").GetString(), Figures(unit)));
    }

    [Fact]
    public async Task Dashboard_and_ledger_agree_on_the_same_measures()
    {
        var built = await DashboardLedger.CreateAsync(world);
        var office = await world.As("office");
        foreach (var query in new[] { $"roundId={built.RoundId}", "", $"unitId={world.Credit.Id}" })
        {
            var dashboard = (await Ledger.GetJson(office, $"/api/v1/dashboard?{query}")).GetProperty("totals");
            var summary = await Ledger.GetJson(office, $"/api/v1/ledger/summary?{query}");
            var rows = (await Ledger.GetJson(office, $"/api/v1/ledger?{query}&pageSize=200")).GetProperty("items").EnumerateArray().ToList();

            Assert.Equal(summary.GetProperty("measures").GetInt32(), dashboard.GetProperty("measures").GetInt32());
            Assert.Equal(summary.GetProperty("closedMeasures").GetInt32(), dashboard.GetProperty("closed").GetInt32());
            Assert.Equal(summary.GetProperty("overdueMeasures").GetInt32(), dashboard.GetProperty("overdue").GetInt32());
            Assert.Equal(summary.GetProperty("pendingReview").GetInt32(), dashboard.GetProperty("pendingReview").GetInt32());
            Assert.Equal(rows.Count(r => Light(r, "dueSoon")), dashboard.GetProperty("dueSoon").GetInt32());
            Assert.Equal(rows.Count(r => Light(r, "lagging")), dashboard.GetProperty("lagging").GetInt32());
        }
    }

    [Fact]
    public async Task Closures_are_counted_in_the_week_of_their_close_out()
    {
        var built = await DashboardLedger.CreateAsync(world);
        var dashboard = await Ledger.GetJson(await world.As("office"), $"/api/v1/dashboard?roundId={built.RoundId}");

        var weeks = dashboard.GetProperty("closuresPerWeek").EnumerateArray().ToList();
        Assert.Equal(12, weeks.Count);
        Assert.Equal("2024-01-29", weeks[0].GetProperty("weekStart").GetString());
        Assert.Equal("2024-04-15", weeks[^1].GetProperty("weekStart").GetString());
        Assert.Equal(1, weeks[^1].GetProperty("closed").GetInt32());
        Assert.Equal(0, weeks.Take(11).Sum(w => w.GetProperty("closed").GetInt32()));
    }

    [Fact]
    public async Task Upcoming_time_limits_cover_ten_working_days_and_list_the_nearest_first()
    {
        var built = await DashboardLedger.CreateAsync(world);
        var dashboard = await Ledger.GetJson(await world.As("office"), $"/api/v1/dashboard?roundId={built.RoundId}");

        // 2024-04-28 is a Sunday made a working day (补班 for 劳动节): ten working days end on 04-30.
        var days = dashboard.GetProperty("upcomingDays").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("measures").GetInt32());
        Assert.Equal(["2024-04-18", "2024-04-19", "2024-04-22", "2024-04-23", "2024-04-24", "2024-04-25", "2024-04-26", "2024-04-28", "2024-04-29", "2024-04-30"], days.Keys);
        Assert.Equal(1, days["2024-04-22"]);
        Assert.Equal(1, days["2024-04-25"]);
        var upcoming = dashboard.GetProperty("upcoming").EnumerateArray().ToList();
        Assert.Equal([built.C, built.F], upcoming.Select(u => u.GetProperty("id").GetGuid()));
        Assert.Equal(3, upcoming[0].GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal("信用科", upcoming[0].GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Another_office_and_a_leader_see_only_their_scope()
    {
        await DashboardLedger.CreateAsync(world);
        var officeB = await world.As("officeB");
        var round = await Ledger.Id(await officeB.PostAsJsonAsync("/api/v1/rounds", new
        {
            kind = "Patrol",
            title = "市委第七巡察组巡察反馈意见整改",
            inspectingBody = "市委第七巡察组",
            inspectedUnitId = world.Bureau.Id,
            feedbackDate = "2023-12-01",
        }));
        var problem = await Ledger.Id(await officeB.PostAsJsonAsync($"/api/v1/rounds/{round}/problems", new { label = "1.", title = "办事流程不优问题" }));
        await Ledger.Id(await officeB.PostAsJsonAsync($"/api/v1/problems/{problem}/measures",
            new { text = "压缩办理时限", kind = "Dated", responsibleUnitId = world.Service.Id, timeLimit = "2024-04-01" }));

        var bureau = await Ledger.GetJson(officeB, "/api/v1/dashboard");
        Assert.Equal(1, bureau.GetProperty("totals").GetProperty("measures").GetInt32());
        Assert.Equal(1, bureau.GetProperty("totals").GetProperty("overdue").GetInt32());
        Assert.Equal(["政务科"], bureau.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));

        var office = await Ledger.GetJson(await world.As("office"), "/api/v1/dashboard");
        var leader = await Ledger.GetJson(await world.As("leader"), "/api/v1/dashboard");
        Assert.DoesNotContain("政务科", office.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal(office.GetProperty("totals").ToString(), leader.GetProperty("totals").ToString());
        var inspector = await Ledger.GetJson(await world.As("inspector"), "/api/v1/dashboard");
        Assert.Equal(office.GetProperty("totals").GetProperty("measures").GetInt32() + 1, inspector.GetProperty("totals").GetProperty("measures").GetInt32());
    }

    [Fact]
    public async Task The_page_shows_each_chart_with_its_table_and_the_nearest_limits_link_to_their_measures()
    {
        var built = await DashboardLedger.CreateAsync(world);
        var page = await PageSession.SignInAsync(world, "office");
        var (status, html) = await page.GetAsync($"/Dashboard?roundId={built.RoundId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<a class=\"nav-link\" href=\"/Dashboard\">督办看板</a>", html);
        Assert.Contains("<tr><td>规划科</td><td class=\"text-end\">3</td><td class=\"text-end\">1</td><td class=\"text-end\">33.3%</td></tr>", html);
        Assert.Contains($"href=\"/Rounds/Measure/{built.C}\"", html);
        Assert.Contains("id=\"dashboard-data\"", html);
        Assert.Equal(4, html.Split("data-chart=").Length - 1);
        var (_, staffHome) = await (await PageSession.SignInAsync(world, "staff")).GetAsync("/");
        Assert.DoesNotContain("督办看板", staffHome);
    }

    [Fact]
    public async Task The_dashboard_reads_kept_counts_until_a_measure_of_the_round_changes()
    {
        var built = await DashboardLedger.CreateAsync(world);
        var office = await world.As("office");
        await Ledger.GetJson(office, $"/api/v1/dashboard?roundId={built.RoundId}");
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
            Assert.False(await db.Set<RoundChange>().AnyAsync(c => c.RoundId == built.RoundId));
            // Kept counts made wrong behind the application's back show as they are: proof that they are what is read.
            await db.Set<KeptCount>().Where(c => c.RoundId == built.RoundId && c.UnitId == world.Planning.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Measures, c => c.Measures + 100));
        }
        Assert.Equal(106, (await KeptCountsTests.TotalsAsync(office, built.RoundId)).Measures);

        (await (await world.As("staff2")).PostAsync($"/api/v1/measures/{built.F}/progress", Ledger.Progress("指南已印发", 90))).EnsureSuccessStatusCode();

        Assert.Equal(6, (await KeptCountsTests.TotalsAsync(office, built.RoundId)).Measures);
    }

    [Fact]
    public async Task Kept_counts_stay_exact_when_reports_and_dashboard_reads_interleave()
    {
        var built = await DashboardLedger.CreateAsync(world);
        await KeptCountsTests.SameAsFromScratchAsync(world, built.RoundId);
        using var staff = await world.SignInAsync("staff");
        using var staff2 = await world.SignInAsync("staff2");
        using var office = await world.SignInAsync("office");

        // Four measures report three times each, one report at a time per measure, while the office keeps reading.
        async Task Report(HttpClient client, Guid measure)
        {
            foreach (var percent in new[] { 30, 60, 90 })
                (await client.PostAsync($"/api/v1/measures/{measure}/progress", Ledger.Progress($"推进到{percent}%", percent))).EnsureSuccessStatusCode();
        }
        var reports = Task.WhenAll(Report(staff, built.A), Report(staff, built.B), Report(staff2, built.C), Report(staff2, built.F));
        var reads = 0;
        while (!reports.IsCompleted || reads < 3)
        {
            await Ledger.GetJson(office, reads % 2 == 0 ? "/api/v1/dashboard" : $"/api/v1/dashboard?roundId={built.RoundId}");
            reads++;
        }
        await reports;

        await KeptCountsTests.SameAsFromScratchAsync(world, built.RoundId);
        Assert.Equal(4, (await Ledger.GetJson(office, $"/api/v1/dashboard?roundId={built.RoundId}")).GetProperty("totals").GetProperty("inProgress").GetInt32());
    }

    [Theory]
    [InlineData("staff", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task Unit_staff_and_the_system_admin_are_refused(string account, HttpStatusCode expected)
    {
        var response = await (await world.As(account)).GetAsync("/api/v1/dashboard");
        Assert.Equal(expected, response.StatusCode);
    }

    private static (int, int, int, int, int) Figures(JsonElement u) => (u.GetProperty("measures").GetInt32(), u.GetProperty("closed").GetInt32(),
        u.GetProperty("overdue").GetInt32(), u.GetProperty("dueSoon").GetInt32(), u.GetProperty("lagging").GetInt32());

    private static bool Light(JsonElement row, string light) => row.GetProperty("lights").GetProperty(light).GetBoolean();
}
