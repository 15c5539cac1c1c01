using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Similar;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Similar;

/// <summary>举一反三 over the real database: the gram index, who sees which similar problems, links and copied measures.</summary>
public class SimilarProblemsTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Similar_problems_of_other_rounds_are_found_ranked_by_score_and_the_own_round_is_left_out()
    {
        var office = await world.As("office");
        var mine = await RoundAsync("office", world.Commission.Id, "窗口单位服务群众意识淡薄,办事推诿扯皮", "窗口单位服务群众意识淡薄办事推诿");
        var other = await RoundAsync("office", world.Commission.Id, "窗口单位服务群众意识淡薄、办事推诿扯皮", "窗口单位服务意识不强", "公车管理制度执行不严");

        var similar = await SimilarAsync(office, mine.Problems[0]);

        Assert.Equal([other.Problems[0], other.Problems[1]], similar.Select(s => s.ProblemId).Take(2));
        Assert.Equal(100, similar[0].Score);
        Assert.InRange(similar[1].Score, 30, 99);
        Assert.DoesNotContain(similar, s => s.ProblemId == other.Problems[2]);
        Assert.DoesNotContain(similar, s => s.RoundId == mine.RoundId);
    }

    [Fact]
    public async Task Rounds_out_of_the_users_scope_are_never_shown()
    {
        var commission = await RoundAsync("office", world.Commission.Id, "涉企收费清理规范不彻底,变相收费时有发生");
        var bureau = await RoundAsync("officeB", world.Bureau.Id, "涉企收费清理规范不彻底、变相收费时有发生");
        var commissionTwin = await RoundAsync("office", world.Commission.Id, "涉企收费清理规范不彻底,变相收费仍时有发生");

        var office = await SimilarAsync(await world.As("office"), commission.Problems[0]);
        Assert.Contains(office, s => s.ProblemId == commissionTwin.Problems[0]);
        Assert.DoesNotContain(office, s => s.RoundId == bureau.RoundId);

        var officeB = await SimilarAsync(await world.As("officeB"), bureau.Problems[0]);
        Assert.Empty(officeB);

        // Unit staff see the rounds where their unit has measures, and nothing of another body's rounds.
        var staffB = await SimilarAsync(await world.As("staffB"), bureau.Problems[0]);
        Assert.Empty(staffB);
        var staff = await SimilarAsync(await world.As("staff"), commission.Problems[0]);
        Assert.DoesNotContain(staff, s => s.RoundId == bureau.RoundId);

        var inspector = await SimilarAsync(await world.As("inspector"), commission.Problems[0]);
        Assert.Contains(inspector, s => s.RoundId == bureau.RoundId);
        Assert.Equal(HttpStatusCode.NotFound, (await (await world.As("officeB")).GetAsync($"/api/v1/problems/{commission.Problems[0]}/similar")).StatusCode);
        var link = await (await world.As("office")).PostAsJsonAsync($"/api/v1/problems/{commission.Problems[0]}/links", new { linkedProblemId = bureau.Problems[0] });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, link.StatusCode);
        Assert.Contains(SimilarErrors.LinkedProblemNotFound, await link.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_office_links_a_similar_problem_copies_its_measures_and_unlinks_and_every_step_is_audited()
    {
        var office = await world.As("office");
        var mine = await RoundAsync("office", world.Commission.Id, "重大项目谋划储备不足,项目落地转化慢");
        var earlier = await RoundAsync("office", world.Commission.Id, "重大项目谋划储备不足、项目落地转化慢");
        var (me, them) = (mine.Problems[0], earlier.Problems[0]);

        (await office.PostAsJsonAsync($"/api/v1/problems/{me}/links", new { linkedProblemId = them, note = "同类问题" })).EnsureSuccessStatusCode();
        var again = await office.PostAsJsonAsync($"/api/v1/problems/{them}/links", new { linkedProblemId = me });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("已经关联", await again.Content.ReadAsStringAsync());
        var theirs = await Ledger.GetJson(office, $"/api/v1/problems/{them}");
        Assert.Equal(me, theirs.GetProperty("links")[0].GetProperty("problemId").GetGuid());
        Assert.Equal("同类问题", theirs.GetProperty("links")[0].GetProperty("note").GetString());
        Assert.True((await SimilarAsync(office, me)).Single(s => s.ProblemId == them).Linked);

        var source = theirs.GetProperty("measures")[0];
        var copy = await office.PostAsJsonAsync($"/api/v1/problems/{me}/copy-measures",
            new { fromProblemId = them, measureIds = new[] { source.GetProperty("id").GetGuid() } });
        Assert.Equal(HttpStatusCode.OK, copy.StatusCode);
        var copied = (await Ledger.GetJson(office, $"/api/v1/problems/{me}")).GetProperty("measures");
        Assert.Equal(2, copied.GetArrayLength());
        Assert.Equal(source.GetProperty("text").GetString(), copied[1].GetProperty("text").GetString());
        Assert.Equal("NotStarted", copied[1].GetProperty("status").GetString());
        Assert.Equal("规划科", copied[1].GetProperty("responsibleUnit").GetString());
        Assert.Equal("二是", copied[1].GetProperty("label").GetString());
        Assert.Equal("2024-12-31", copied[1].GetProperty("timeLimit").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await office.DeleteAsync($"/api/v1/problems/{them}/links/{me}")).StatusCode);
        Assert.Equal(0, (await Ledger.GetJson(office, $"/api/v1/problems/{me}")).GetProperty("links").GetArrayLength());
        var refused = await office.PostAsJsonAsync($"/api/v1/problems/{me}/copy-measures",
            new { fromProblemId = them, measureIds = new[] { source.GetProperty("id").GetGuid() } });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(ProblemLink) && a.SubjectId == me.ToString())
            .OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => new { a.Action, a.UserName }).ToListAsync();
        Assert.Equal(["新增", "删除"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("张整改", a.UserName));
    }

    [Fact]
    public async Task Editing_a_title_rewrites_its_grams_and_the_start_up_backfill_indexes_problems_without_any()
    {
        var office = await world.As("office");
        var mine = await RoundAsync("office", world.Commission.Id, "农村人居环境整治成效不明显,垃圾乱堆乱放");
        var other = await RoundAsync("office", world.Commission.Id, "农村人居环境整治成效不明显、垃圾乱堆乱放");
        Assert.Contains(await SimilarAsync(office, mine.Problems[0]), s => s.ProblemId == other.Problems[0]);

        (await office.PutAsJsonAsync($"/api/v1/problems/{other.Problems[0]}", new { sectionId = other.SectionId, title = "档案管理不规范" })).EnsureSuccessStatusCode();
        Assert.DoesNotContain(await SimilarAsync(office, mine.Problems[0]), s => s.ProblemId == other.Problems[0]);

        (await office.PutAsJsonAsync($"/api/v1/problems/{other.Problems[0]}", new { sectionId = other.SectionId, title = "农村人居环境整治成效不明显,垃圾乱堆乱放" })).EnsureSuccessStatusCode();
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
            await db.Set<ProblemGram>().Where(g => g.ProblemId == other.Problems[0]).ExecuteDeleteAsync();
        }
        Assert.DoesNotContain(await SimilarAsync(office, mine.Problems[0]), s => s.ProblemId == other.Problems[0]);
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<BackfillProblemGrams>(scope.ServiceProvider).SeedAsync(CancellationToken.None);
        }
        Assert.Equal(100, (await SimilarAsync(office, mine.Problems[0])).Single(s => s.ProblemId == other.Problems[0]).Score);
    }

    [Fact]
    public async Task A_round_imported_from_a_sheet_is_indexed_at_once()
    {
        var office = await world.As("office");
        var mine = await RoundAsync("office", world.Commission.Id, "基层减负工作落实不力,督查检查考核过多过频");
        var sheet = Documents.TestSheet.Build([
            ["具体问题", "整改措施", "方面/类别", "措施类型", "牵头领导", "责任领导", "责任单位", "配合单位", "责任人", "完成时限"],
            ["基层减负工作落实不力、督查检查考核过多过频", "精简督查检查事项", "", "立行立改"]]);
        var imported = await office.PostAsync("/api/v1/rounds/import.xlsx", Documents.TestSheet.Form(sheet, world.Commission.Id));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);

        var similar = await SimilarAsync(office, mine.Problems[0]);

        Assert.Contains(similar, s => s.Score == 100 && s.RoundTitle == "导入的整改台账");
    }

    [Fact]
    public async Task The_problem_page_shows_the_similar_problems_and_links_its_measures()
    {
        var mine = await RoundAsync("office", world.Commission.Id, "招商引资项目跟踪服务不到位,签约项目履约率低");
        var other = await RoundAsync("office", world.Commission.Id, "招商引资项目跟踪服务不到位、签约项目履约率低");
        var page = await PageSession.SignInAsync(world, "office");
        var (status, html) = await page.GetAsync($"/Rounds/Problem/{mine.Problems[0]}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("举一反三", html);
        Assert.Contains($"/Rounds/Problem/{other.Problems[0]}", html);
        Assert.Contains("100%", html);
        Assert.Contains("/Rounds/Measure/", html);
    }

    private sealed record Made(Guid RoundId, Guid SectionId, List<Guid> Problems);

    public sealed record Similar(Guid ProblemId, Guid RoundId, string RoundTitle, string Title, int Score, bool Linked);

    private static async Task<List<Similar>> SimilarAsync(HttpClient client, Guid problemId)
    {
        var response = await client.GetAsync($"/api/v1/problems/{problemId}/similar");
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.StatusCode} {body}");
        return JsonSerializer.Deserialize<List<Similar>>(body, Ledger.Json)!;
    }

    /// <summary>A round of the unit with one problem per title, each with a measure of a unit in the office's scope.</summary>
    private async Task<Made> RoundAsync(string account, Guid unitId, params string[] titles)
    {
        var client = await world.As(account);
        var responsible = unitId == world.Bureau.Id ? world.Service.Id : world.Planning.Id;
        var round = await Ledger.Id(await client.PostAsJsonAsync("/api/v1/rounds", new
        {
            kind = "Patrol", title = $"巡察反馈意见整改{Guid.NewGuid():N}"[..12], inspectingBody = "市委第三巡察组", inspectedUnitId = unitId, feedbackDate = "2024-03-01",
        }));
        var section = await Ledger.Id(await client.PostAsJsonAsync($"/api/v1/rounds/{round}/sections", new { levelName = "方面", title = "作风建设" }));
        var problems = new List<Guid>();
        foreach (var title in titles)
        {
            var problem = await Ledger.Id(await client.PostAsJsonAsync($"/api/v1/rounds/{round}/problems", new { sectionId = section, title }));
            await Ledger.Id(await client.PostAsJsonAsync($"/api/v1/problems/{problem}/measures", new
            {
                text = $"针对{title[..4]}建立台账、逐项整改", kind = "Dated", leadLeader = "王领导", responsibleUnitId = responsible, timeLimit = "2024-12-31",
            }));
            problems.Add(problem);
        }
        return new Made(round, section, problems);
    }
}
