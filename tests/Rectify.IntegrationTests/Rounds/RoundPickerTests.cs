using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rectify.IntegrationTests.Appeals;

namespace Rectify.IntegrationTests.Rounds;

/// <summary>
/// The round picker searches the rounds the user sees by title or inspected unit, instead of listing a province office's
/// 500 rounds: on the sheet import, raising an appeal, the dispatch form and the dashboard's filter.
/// </summary>
public class RoundPickerTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Picker_finds_the_users_rounds_by_title_or_inspected_unit_newest_first_and_none_of_another_office()
    {
        var older = await Ledger.CreateRoundAsync(world, "查找测试甲轮次");
        world.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await Ledger.CreateRoundAsync(world, "查找测试乙轮次");
        var theirs = await Ledger.Id(await (await world.As("officeB")).PostAsJsonAsync("/api/v1/rounds?allowDuplicate=true", new
        {
            kind = "Supervision", title = "查找测试政务服务督查", inspectingBody = "市政府督查室", inspectedUnitId = world.Bureau.Id, feedbackDate = "2024-03-01",
        }));

        var office = await PageSession.SignInAsync(world, "office");
        var found = await SearchAsync(office, "查找测试");
        Assert.Equal([newer.RoundId, older.RoundId], found.Select(r => r.GetProperty("id").GetGuid()));
        Assert.Equal("查找测试乙轮次", found[0].GetProperty("name").GetString());
        // Beneath the title, the inspected unit and the feedback date tell like titles apart.
        Assert.Equal("市发展改革委，2023年11月10日反馈", found[0].GetProperty("path").GetString());
        // The inspected unit's name finds its rounds too.
        Assert.Contains(await SearchAsync(office, "发展和改革"), r => r.GetProperty("id").GetGuid() == older.RoundId);
        Assert.DoesNotContain(await SearchAsync(office, ""), r => r.GetProperty("id").GetGuid() == theirs);

        var officeB = await PageSession.SignInAsync(world, "officeB");
        Assert.Equal([theirs], (await SearchAsync(officeB, "查找测试")).Select(r => r.GetProperty("id").GetGuid()));
        // Staff see the rounds holding their units' measures.
        var staff = await PageSession.SignInAsync(world, "staff");
        Assert.Equal(2, (await SearchAsync(staff, "查找测试")).Count);
        Assert.Empty(await SearchAsync(await PageSession.SignInAsync(world, "staffB"), "查找测试"));

        var response = await office.GetRawAsync("/Rounds/Ledger?handler=Rounds&text=" + Uri.EscapeDataString(new string('轮', 51)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("查找轮次时最多输入50个字", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Pages_that_choose_a_round_list_none_and_show_the_chosen_one_by_its_title()
    {
        // Created last, so that it is the office's newest round.
        world.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var built = await Ledger.CreateRoundAsync(world, "轮次选择页面测试轮次");
        var appeal = await AppealSteps.InStateAsync(world, "Accepted");
        var office = await PageSession.SignInAsync(world, "office");
        foreach (var url in new[] { "/Documents/ImportSheet", "/Supervision/Dispatches", "/Dashboard", $"/Appeals/Raise?appealIds={appeal}" })
        {
            var (status, html) = await office.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("data-testid=\"round-picker\"", html);
            Assert.DoesNotContain($"<option value=\"{built.RoundId}\"", html);
        }

        var (_, dashboard) = await office.GetAsync($"/Dashboard?roundId={built.RoundId}");
        Assert.Contains($"name=\"roundId\" value=\"{built.RoundId}\"", dashboard);
        Assert.Contains("value=\"轮次选择页面测试轮次\"", dashboard);
        // Raising starts on the office's newest round; the sheet import starts on none (a new round).
        var (_, raise) = await office.GetAsync($"/Appeals/Raise?appealIds={appeal}");
        Assert.Contains($"name=\"RoundId\" value=\"{built.RoundId}\"", raise);
        var (_, import) = await office.GetAsync("/Documents/ImportSheet");
        Assert.Contains("<input type=\"hidden\" name=\"RoundId\" />", import);
        // A round the user does not see is not shown as chosen.
        var (_, other) = await (await PageSession.SignInAsync(world, "officeB")).GetAsync($"/Dashboard?roundId={built.RoundId}");
        Assert.DoesNotContain("轮次选择页面测试轮次", other);
    }

    [Fact]
    public async Task Raising_an_appeal_without_a_round_is_refused_in_plain_chinese_and_raises_nothing()
    {
        var appeal = await AppealSteps.InStateAsync(world, "Accepted");
        var office = await PageSession.SignInAsync(world, "office");
        await office.GetAsync($"/Appeals/Raise?appealIds={appeal}");
        var html = await office.PostForPageAsync("/Appeals/Raise", new() { ["AppealIds"] = appeal.ToString(), ["RoundId"] = "", ["Title"] = "工程款拖欠问题" });
        Assert.Contains("请选择整改轮次（在轮次框中输入标题查找后点选）", html);
        Assert.Equal(JsonValueKind.Null, (await AppealSteps.Details(await world.As("office"), appeal)).GetProperty("raisedProblem").ValueKind);
    }

    private static async Task<List<JsonElement>> SearchAsync(PageSession session, string text)
    {
        var response = await session.GetRawAsync("/Rounds/Ledger?handler=Rounds&text=" + Uri.EscapeDataString(text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
    }
}
