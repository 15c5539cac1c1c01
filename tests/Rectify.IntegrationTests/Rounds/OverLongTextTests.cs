using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Rounds;

/// <summary>
/// Text one character longer than its column is refused inside the action with the field's Chinese message, whether it
/// comes from the API or a page: on PostgreSQL it would otherwise fail the save, on SQLite it would be stored.
/// </summary>
public class OverLongTextTests(World world) : IClassFixture<World>
{
    private static string Chars(char c, int count) => new(c, count);

    [Fact]
    public async Task Every_structure_entry_point_of_the_api_refuses_text_longer_than_its_column()
    {
        var built = await Ledger.CreateRoundAsync(world, "超长文字（结构）测试轮次");
        var office = await world.As("office");
        var unit = world.Commission.Id;
        var refusals = new (string What, Task<HttpResponseMessage> Sent, string Message)[]
        {
            ("新建轮次的标题", office.PostAsJsonAsync("/api/v1/rounds", new { kind = "Patrol", title = Chars('标', 301), inspectingBody = "市委第二巡察组", inspectedUnitId = unit }),
                "标题不能超过300字"),
            ("新建轮次的巡察组", office.PostAsJsonAsync("/api/v1/rounds", new { kind = "Patrol", title = "巡察整改", inspectingBody = Chars('组', 201), inspectedUnitId = unit }),
                "巡视巡察组名称不能超过200字"),
            ("修改轮次的第一责任人", office.PutAsJsonAsync($"/api/v1/rounds/{built.RoundId}", new
            {
                details = new { kind = "Patrol", title = "超长文字（结构）测试轮次", inspectingBody = "市委第五巡察组", inspectedUnitId = unit, firstResponsible = Chars('王', 51) },
                version = 0,
            }), "第一责任人不能超过50字"),
            ("新增方面的标题", office.PostAsJsonAsync($"/api/v1/rounds/{built.RoundId}/sections", new { levelName = "方面", title = Chars('方', 1001) }), "标题不能超过1000字"),
            ("修改方面的层级名称", office.PutAsJsonAsync($"/api/v1/sections/{built.SectionId}", new { levelName = Chars('层', 21), title = "关于营商环境方面" }),
                "层级名称不能超过20字"),
            ("新增问题的标题", office.PostAsJsonAsync($"/api/v1/rounds/{built.RoundId}/problems", new { sectionId = built.SectionId, title = Chars('问', 1001) }),
                "问题不能超过1000字"),
            ("修改问题的编号", office.PutAsJsonAsync($"/api/v1/problems/{built.ProblemId}", new { sectionId = built.SectionId, label = Chars('一', 21), title = "审批流程偏长问题" }),
                "编号不能超过20字"),
            ("修改问题的反馈原文", office.PutAsJsonAsync($"/api/v1/problems/{built.ProblemId}", new { sectionId = built.SectionId, title = "审批流程偏长问题", feedback = Chars('反', 20001) }),
                "反馈原文不能超过20000字"),
            ("新增措施的牵头领导", office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
            {
                text = "压减审批环节", kind = "Dated", responsibleUnitId = world.Planning.Id, timeLimit = "2024-06-30", leadLeader = Chars('张', 51),
            }), "牵头领导不能超过50字"),
        };

        foreach (var (what, sent, message) in refusals)
        {
            var response = await sent;
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{what}: {(int)response.StatusCode}");
            Assert.Contains(message, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        Assert.Equal(1, await CountAsync<Section>(s => s.RoundId == built.RoundId));
        Assert.Equal(1, await CountAsync<Problem>(p => p.RoundId == built.RoundId));
    }

    [Fact]
    public async Task The_structure_page_refuses_an_over_long_section_title_in_chinese_and_keeps_the_round_unchanged()
    {
        var built = await Ledger.CreateRoundAsync(world, "超长文字（页面）测试轮次");
        var page = await PageSession.SignInAsync(world, "office");
        await page.GetAsync($"/Rounds/Structure/{built.RoundId}");

        var html = await page.PostForPageAsync($"/Rounds/Structure/{built.RoundId}?handler=AddProblem", new()
        {
            ["sectionId"] = built.SectionId.ToString(),
            ["title"] = Chars('问', 1001),
        });

        Assert.Contains("问题不能超过1000字", html);
        Assert.Equal(1, await CountAsync<Problem>(p => p.RoundId == built.RoundId));
    }

    [Fact]
    public async Task The_review_page_refuses_an_over_long_return_reason_in_chinese_and_the_close_out_stays_waiting()
    {
        var built = await Ledger.CreateRoundAsync(world, "超长文字（审核）测试轮次");
        var staff = await world.As("staff");
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("制度已印发", 100, ("制度.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "学习制度已印发执行" })).EnsureSuccessStatusCode();
        var page = await PageSession.SignInAsync(world, "office");
        await page.GetAsync("/Rounds/Review");

        var response = await page.PostAsync("/Rounds/Review", new()
        {
            ["measureId"] = built.MeasureId.ToString(),
            ["decision"] = "Return",
            ["reason"] = Chars('退', 1001),
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("不能超过1000字", html);
        Assert.Equal(1, await CountAsync<Measure>(m => m.Id == built.MeasureId && m.Status == MeasureStatus.CloseOutRequested));
    }

    private async Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> where) where T : class
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        return await db.Set<T>().CountAsync(where, TestContext.Current.CancellationToken);
    }
}
