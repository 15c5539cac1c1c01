using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using static Rectify.IntegrationTests.Messaging.MessageSteps;

namespace Rectify.IntegrationTests.Appeals;

/// <summary>立项督办: appeals raised into a problem of a round the office may edit, linked both ways, all or nothing.</summary>
public class RaiseToProblemTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task A_cluster_of_two_appeals_becomes_one_problem_whose_measures_the_appeal_page_follows()
    {
        var round = await Ledger.CreateRoundAsync(world, "2024年营商环境专项整治整改");
        var first = await AppealSteps.InStateAsync(world, "Assigned");
        var second = await AppealSteps.InStateAsync(world, "Accepted");
        var office = await world.As("office");

        var response = await office.PostAsJsonAsync($"/api/v1/appeals/{first}/raise",
            new { roundId = round.RoundId, sectionId = round.SectionId, title = "政府工程款拖欠企业问题", cluster = new[] { second } });
        var problem = await Ledger.Id(response);
        await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{problem}/measures", new
        {
            text = "建立政府工程款支付台账，逐笔明确还款时限", kind = "Dated", responsibleUnitId = world.Planning.Id, timeLimit = "2024-06-28",
        }));

        foreach (var id in new[] { first, second })
        {
            var raised = (await AppealSteps.Details(office, id)).GetProperty("raisedProblem");
            Assert.Equal(problem, raised.GetProperty("problemId").GetGuid());
            Assert.Equal("2024年营商环境专项整治整改", raised.GetProperty("roundTitle").GetString());
            Assert.Equal("未启动", raised.GetProperty("statusLabel").GetString());
            var measure = Assert.Single(raised.GetProperty("measures").EnumerateArray());
            Assert.Equal("建立政府工程款支付台账，逐笔明确还款时限", measure.GetProperty("text").GetString());
            Assert.Equal(0, measure.GetProperty("percent").GetInt32());
        }
        var feedback = await InDb(world, db => db.Set<Problem>().Where(p => p.Id == problem).Select(p => p.Feedback).SingleAsync());
        Assert.StartsWith("企业诉求立项督办（2件）：\n1. 2024年4月18日，示范市华腾精密机械有限公司反映“区政府工程款逾期一年未支付”", feedback);

        var page = await PageSession.SignInAsync(world, "office");
        var (_, html) = await page.GetAsync($"/Rounds/Problem/{problem}");
        Assert.Contains("立项督办的企业诉求（2件）", html);
        var (_, appealPage) = await page.GetAsync($"/Appeals/Details/{first}");
        Assert.Contains("已立项督办", appealPage);
        Assert.Contains("建立政府工程款支付台账", appealPage);
        // The inspector reads the round, not the enterprises' appeals.
        var (_, inspected) = await (await PageSession.SignInAsync(world, "inspector")).GetAsync($"/Rounds/Problem/{problem}");
        Assert.DoesNotContain("立项督办的企业诉求", inspected);
    }

    [Fact]
    public async Task Raising_an_appeal_already_raised_with_a_new_one_creates_no_problem_and_links_neither()
    {
        var round = await Ledger.CreateRoundAsync(world, "拖欠账款专项整改");
        var raised = await AppealSteps.InStateAsync(world, "Accepted");
        var fresh = await AppealSteps.InStateAsync(world, "Accepted");
        var office = await world.As("office");
        await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/appeals/{raised}/raise", new { roundId = round.RoundId, title = "工程款拖欠问题" }));
        var before = await ProblemsIn(round.RoundId);

        var again = await office.PostAsJsonAsync($"/api/v1/appeals/{fresh}/raise", new { roundId = round.RoundId, title = "工程款拖欠问题（二）", cluster = new[] { raised } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("该诉求已立项督办", await again.Content.ReadAsStringAsync());
        Assert.Equal(before, await ProblemsIn(round.RoundId));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await AppealSteps.Details(office, fresh)).GetProperty("raisedProblem").ValueKind);
    }

    [Fact]
    public async Task A_round_of_another_office_cannot_be_raised_into_and_the_page_raises_into_its_own()
    {
        var theirs = await Ledger.Id(await (await world.As("officeB")).PostAsJsonAsync("/api/v1/rounds?allowDuplicate=true", new
        {
            kind = "Supervision", title = "政务服务督查整改", inspectingBody = "市政府督查室", inspectedUnitId = world.Bureau.Id, feedbackDate = "2024-03-01",
        }));
        var id = await AppealSteps.InStateAsync(world, "Accepted");
        var refused = await (await world.As("office")).PostAsJsonAsync($"/api/v1/appeals/{id}/raise", new { roundId = theirs, title = "工程款拖欠问题" });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(0, await ProblemsIn(theirs));

        var round = await Ledger.CreateRoundAsync(world, "页面立项督办测试轮次");
        var page = await PageSession.SignInAsync(world, "office");
        var (_, form) = await page.GetAsync($"/Appeals/Raise?appealIds={id}");
        Assert.Contains("区政府工程款逾期一年未支付", form);
        Assert.DoesNotContain("政务服务督查整改", form);
        var posted = await page.PostAsync("/Appeals/Raise", new() { ["AppealIds"] = id.ToString(), ["RoundId"] = round.RoundId.ToString(), ["Title"] = "区政府拖欠工程款问题" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith("/Rounds/Problem/", posted.Headers.Location!.ToString());
        Assert.Equal(2, await ProblemsIn(round.RoundId));
    }

    private Task<int> ProblemsIn(Guid roundId) => InDb(world, db => db.Set<Problem>().CountAsync(p => p.RoundId == roundId));
}
