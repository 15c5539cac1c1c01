using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Supervision;

/// <summary>
/// 回头看: a closed measure is scheduled for a look-back six months on; when due the office confirms it held, or records
/// a rebound that reopens the measure, its problem's status following and its history keeping the reason.
/// </summary>
public class LookBackTests(World world) : IClassFixture<World>
{

    [Fact]
    public async Task The_office_orders_a_rounds_look_back_and_confirms_it_held()
    {
        var built = await Ledger.CreateRoundAsync(world, "轮次回头看测试");
        var office = await world.SignInAsync("office");
        var nothing = await office.PostAsync($"/api/v1/rounds/{built.RoundId}/look-backs", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nothing.StatusCode);
        Assert.Contains("没有已销号的措施", await nothing.Content.ReadAsStringAsync());

        await LookBackSteps.CloseAsync(world, built);
        var ordered = await office.PostAsync($"/api/v1/rounds/{built.RoundId}/look-backs", null);
        Assert.Equal(1, (await ordered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ordered").GetInt32());
        var due = LookBackSteps.Items(await Ledger.GetJson(office, $"/api/v1/look-backs?roundId={built.RoundId}")).Single();
        Assert.Equal("RoundReview", due.GetProperty("kind").GetString());

        var review = $"/api/v1/look-backs/{due.GetProperty("id").GetGuid()}/review";
        var body = new { result = "Held", finding = "制度执行到位", version = due.GetProperty("version").GetInt32() };
        foreach (var (account, status) in new[]
                 {
                     ("staff", HttpStatusCode.Forbidden), ("leader", HttpStatusCode.Forbidden), ("inspector", HttpStatusCode.Forbidden),
                     ("admin", HttpStatusCode.Forbidden), ("officeB", HttpStatusCode.NotFound),
                 })
            Assert.Equal(status, (await (await world.SignInAsync(account)).PostAsJsonAsync(review, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.Factory.CreateClient().PostAsJsonAsync(review, body)).StatusCode);
        (await office.PostAsJsonAsync(review, body)).EnsureSuccessStatusCode();
        var measure = await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}");
        Assert.Equal("Closed", measure.GetProperty("row").GetProperty("status").GetString());

        // Office B and unit staff of another unit see none of it.
        Assert.Empty(LookBackSteps.Items(await Ledger.GetJson(await world.SignInAsync("officeB"), $"/api/v1/look-backs?roundId={built.RoundId}&view=Done")));
        Assert.Empty(LookBackSteps.Items(await Ledger.GetJson(await world.SignInAsync("staffB"), $"/api/v1/look-backs?view=Upcoming")));
    }

    [Fact]
    public async Task The_page_lists_due_look_backs_and_records_a_rebound()
    {
        var built = await Ledger.CreateRoundAsync(world, "回头看页面测试");
        await LookBackSteps.CloseAsync(world, built);
        var office = await world.SignInAsync("office");
        (await office.PostAsync($"/api/v1/rounds/{built.RoundId}/look-backs", null)).EnsureSuccessStatusCode();
        var page = await PageSession.SignInAsync(world, "office");

        var (_, html) = await page.GetAsync($"/Supervision/LookBacks?roundId={built.RoundId}");
        Assert.Contains("加强理论学习", html);
        var id = System.Text.RegularExpressions.Regex.Match(html, "name=\"id\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
        var version = System.Text.RegularExpressions.Regex.Match(html, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var posted = await page.PostAsync($"/Supervision/LookBacks?handler=Review&roundId={built.RoundId}",
            new() { ["id"] = id, ["version"] = version, ["result"] = "Rebounded", ["finding"] = "台账未持续更新" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var measure = await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}");
        Assert.Equal("InProgress", measure.GetProperty("row").GetProperty("status").GetString());
    }
}

/// <summary>The look-back that moves the clock by months: alone with its own fixture, so no other test's tokens expire.</summary>
public class LookBackOverTimeTests(World world) : IClassFixture<World>
{

    [Fact]
    public async Task A_closed_measure_comes_due_after_six_months_and_a_rebound_reopens_it()
    {
        var built = await Ledger.CreateRoundAsync(world, "回头看测试轮次");
        await LookBackSteps.CloseAsync(world, built);
        var office = await world.SignInAsync("office");

        Assert.Empty(LookBackSteps.Items(await Ledger.GetJson(office, $"/api/v1/look-backs?roundId={built.RoundId}")));
        var upcoming = LookBackSteps.Items(await Ledger.GetJson(office, $"/api/v1/look-backs?roundId={built.RoundId}&view=Upcoming")).Single();
        Assert.Equal(built.MeasureId, upcoming.GetProperty("measureId").GetGuid());
        Assert.Equal("2024-10-18", upcoming.GetProperty("dueOn").GetString());
        Assert.Equal("AfterCloseOut", upcoming.GetProperty("kind").GetString());

        world.Factory.Clock.Advance(TimeSpan.FromDays(183));
        office = await world.SignInAsync("office");
        var due = LookBackSteps.Items(await Ledger.GetJson(office, $"/api/v1/look-backs?roundId={built.RoundId}")).Single();

        var noReason = await office.PostAsJsonAsync($"/api/v1/look-backs/{due.GetProperty("id").GetGuid()}/review",
            new { result = "Rebounded", finding = "", version = due.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("发现反弹时请写明反弹情况", await noReason.Content.ReadAsStringAsync());

        var rebound = await office.PostAsJsonAsync($"/api/v1/look-backs/{due.GetProperty("id").GetGuid()}/review",
            new { result = "Rebounded", finding = "学习制度执行流于形式,问题复现", version = due.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.NoContent, rebound.StatusCode);

        var measure = await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}");
        Assert.Equal("InProgress", measure.GetProperty("row").GetProperty("status").GetString());
        var tree = await Ledger.GetJson(office, $"/api/v1/rounds/{built.RoundId}/tree");
        Assert.Equal("InProgress", tree.GetProperty("sections")[0].GetProperty("problems")[0].GetProperty("status").GetString());
        Assert.Contains("回头看发现反弹：学习制度执行流于形式,问题复现", measure.GetProperty("history").ToString());
        Assert.Contains("回头看", measure.GetProperty("history").ToString());

        var again = await office.PostAsJsonAsync($"/api/v1/look-backs/{due.GetProperty("id").GetGuid()}/review",
            new { result = "Held", finding = "", version = due.GetProperty("version").GetInt32() + 1 });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var done = LookBackSteps.Items(await Ledger.GetJson(office, $"/api/v1/look-backs?roundId={built.RoundId}&view=Done")).Single();
        Assert.Equal("Rebounded", done.GetProperty("state").GetString());
        Assert.False(string.IsNullOrEmpty(done.GetProperty("reviewedBy").GetString()));
        Assert.Equal("学习制度执行流于形式,问题复现", done.GetProperty("finding").GetString());
    }
}

/// <summary>
/// Steps the look-back tests share. Each signs in afresh: some tests move the clock by months, beyond a kept token's life.
/// </summary>
internal static class LookBackSteps
{
    public static async Task CloseAsync(World world, Ledger.Built built)
    {
        var staff = await world.SignInAsync("staff");
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("已完成", 100, ("a.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "各项任务已落实，制度已印发" })).EnsureSuccessStatusCode();
        (await (await world.SignInAsync("office")).PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/review", new { decision = "Approve" })).EnsureSuccessStatusCode();
    }

    public static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();
}
