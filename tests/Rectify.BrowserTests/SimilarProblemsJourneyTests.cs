using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>举一反三: the office opens a new round's problem, finds its twin in a demo round, links it and copies a measure.</summary>
[Collection(SiteCollection.Name)]
public class SimilarProblemsJourneyTests(DemoSite site)
{
    [Fact]
    public async Task Office_finds_the_same_problem_in_another_round_links_it_and_copies_its_measure()
    {
        var (problemId, twinTitle) = await NewRoundRepeatingADemoProblemAsync();
        var office = await site.SignInAsync("office");
        await office.GotoAsync(site.BaseUrl + "/Rounds/Problem/" + problemId);

        var similar = office.Locator("[data-testid=similar-problems] tr", new() { HasText = twinTitle }).First;
        await Assertions.Expect(similar).ToContainTextAsync("100%");
        await DemoSite.ShotAsync(office, "60-office-similar-problems");

        await similar.Locator("input[name=Note]").FillAsync("同一问题,上轮已整改");
        await similar.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("已关联");
        var links = office.Locator("[data-testid=problem-links]");
        await Assertions.Expect(links).ToContainTextAsync(twinTitle);
        await Assertions.Expect(links).ToContainTextAsync("同一问题,上轮已整改");

        await links.Locator("[data-testid=copy-form] input[type=checkbox]").First.CheckAsync();
        await links.Locator("[data-testid=copy-form] button[type=submit]").ClickAsync();
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("已复制1条整改措施");
        var measures = office.Locator("[data-testid=problem-measures] tr");
        await Assertions.Expect(measures).ToHaveCountAsync(1);
        await Assertions.Expect(measures.First).ToContainTextAsync("未启动");
        await Assertions.Expect(measures.First.Locator("a[href^='/Rounds/Measure/']")).ToHaveCountAsync(1);
        await DemoSite.ShotAsync(office, "61-office-linked-and-copied");
    }

    /// <summary>Through the API: a new round of a demo round's unit whose one problem repeats a demo problem's title.</summary>
    private async Task<(Guid ProblemId, string TwinTitle)> NewRoundRepeatingADemoProblemAsync()
    {
        using var api = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var token = await (await api.PostAsJsonAsync("/api/v1/auth/token", new { userName = "office", password = Features.Demo.DemoAccounts.Password }))
            .Content.ReadFromJsonAsync<JsonElement>();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var round = (await api.GetFromJsonAsync<JsonElement>("/api/v1/rounds"))[0];
        var roundId = round.GetProperty("id").GetGuid();
        var details = await api.GetFromJsonAsync<JsonElement>($"/api/v1/rounds/{roundId}");
        var tree = await api.GetFromJsonAsync<JsonElement>($"/api/v1/rounds/{roundId}/tree");
        var twin = FirstProblemWithMeasures(tree);
        var twinTitle = twin.GetProperty("title").GetString()!;

        var created = await api.PostAsJsonAsync("/api/v1/rounds", new
        {
            kind = "Patrol", title = "回头看巡察反馈意见整改", inspectingBody = "市委第一巡察组",
            inspectedUnitId = details.GetProperty("inspectedUnitId").GetGuid(), feedbackDate = "2025-03-01",
        });
        var newRound = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var problem = await api.PostAsJsonAsync($"/api/v1/rounds/{newRound}/problems", new { title = twinTitle });
        return ((await problem.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), twinTitle);
    }

    private static JsonElement FirstProblemWithMeasures(JsonElement tree)
    {
        IEnumerable<JsonElement> Problems(JsonElement node) => node.GetProperty("problems").EnumerateArray()
            .Concat(node.GetProperty("sections").EnumerateArray().SelectMany(Problems));
        return Problems(tree).First(p => p.GetProperty("measures").GetArrayLength() > 0);
    }
}
