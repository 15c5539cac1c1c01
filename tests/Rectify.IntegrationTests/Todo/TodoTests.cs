using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Todo;

/// <summary>
/// 我的待办: after signing in each role starts on its own work — unit staff on their overdue, returned, due-soon, lagging
/// and unreported measures, the office on close-outs to review, look-backs due and units proposed for a talk — and sees
/// only its scope; the navbar shows how much is waiting.
/// </summary>
public class TodoTests(World world) : IClassFixture<World>
{
    private static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task Each_role_lands_on_its_own_work_after_signing_in()
    {
        foreach (var (account, landing) in new[]
                 {
                     ("staff", "/Todo"), ("office", "/Todo"), ("leader", "/Dashboard"), ("inspector", "/"), ("admin", "/Admin/Users"),
                     ("secadmin", "/Admin/Security"), ("auditor", "/Audit"),
                 })
        {
            var session = PageSession.Anonymous(world);
            await session.GetAsync("/Account/Login");
            var response = await session.PostAsync("/Account/Login", new() { ["UserName"] = account, ["Password"] = World.Password });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            if (world.HasAuthenticator(account))
            {
                // The admins give their authenticator's code first (三员分立 accounts need a second factor).
                await session.GetAsync(response.Headers.Location!.ToString());
                response = await session.PostAsync("/Account/LoginCode", new() { ["Code"] = world.CodeFor(account) });
            }
            Assert.Equal(landing, response.Headers.Location?.ToString());
        }
        var (_, leaderTodo) = await (await PageSession.SignInAsync(world, "leader")).GetAsync("/Todo");
        Assert.DoesNotContain("我的待办</h1>", leaderTodo);
    }

    [Fact]
    public async Task Unit_staff_sees_the_measures_that_need_him_overdue_first_each_one_click_from_reporting()
    {
        var built = await Ledger.CreateRoundAsync(world, "待办测试轮次");
        var office = await world.As("office");
        var overdue = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
        {
            text = "建立重大项目审批服务专班制度",
            kind = "Dated",
            responsibleUnitId = world.Planning.Id,
            timeLimit = "2024-04-10",
        }));
        var returned = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
        {
            text = "清理规范涉企收费项目并公示",
            kind = "Dated",
            responsibleUnitId = world.Planning.Id,
            timeLimit = "2024-09-30",
        }));
        var staff = await world.As("staff");
        (await staff.PostAsync($"/api/v1/measures/{returned}/progress", Ledger.Progress("收费目录清单已在门户网站公示", 100, ("公示截图.pdf", Ledger.Pdf))))
            .EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/measures/{returned}/close-out", new { note = "已完成公示" })).EnsureSuccessStatusCode();
        (await office.PostAsJsonAsync($"/api/v1/measures/{returned}/review", new { decision = "Return", reason = "公示期未满二十个工作日" }))
            .EnsureSuccessStatusCode();

        var todo = await Ledger.GetJson(staff, "/api/v1/todo");
        var rows = Items(todo.GetProperty("measures"));
        Assert.Equal(overdue, rows[0].GetProperty("id").GetGuid());
        Assert.True(rows[0].GetProperty("overdue").GetBoolean());
        var back = rows.Single(r => r.GetProperty("id").GetGuid() == returned);
        Assert.Equal("公示期未满二十个工作日", back.GetProperty("returnReason").GetString());
        Assert.True(back.GetProperty("canRequestCloseOut").GetBoolean());
        var lagging = rows.Single(r => r.GetProperty("id").GetGuid() == built.MeasureId);
        Assert.True(lagging.GetProperty("lagging").GetBoolean());
        var cooperating = rows.Single(r => r.GetProperty("id").GetGuid() == built.CooperatingMeasureId);
        Assert.False(cooperating.GetProperty("isResponsibleUnit").GetBoolean());
        var summary = todo.GetProperty("summary");
        Assert.Equal(rows.Count, summary.GetProperty("measures").GetInt32());
        Assert.True(summary.GetProperty("overdue").GetInt32() >= 1);
        Assert.Equal(1, summary.GetProperty("returned").GetInt32());

        // Another unit's staff sees none of it; the cooperating unit sees the measure it cooperates on, not the others.
        Assert.DoesNotContain(Items((await Ledger.GetJson(await world.As("staffB"), "/api/v1/todo")).GetProperty("measures")),
            r => r.GetProperty("roundTitle").GetString() == "待办测试轮次");
        var credit = Items((await Ledger.GetJson(await world.As("staff2"), "/api/v1/todo")).GetProperty("measures"));
        Assert.DoesNotContain(credit, r => r.GetProperty("id").GetGuid() == overdue);

        var (status, html) = await (await PageSession.SignInAsync(world, "staff")).GetAsync("/Todo");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("建立重大项目审批服务专班制度", html);
        Assert.Contains("原因：公示期未满二十个工作日", html);
        Assert.Contains("完成时限：2024年4月10日", html);
        Assert.DoesNotContain("@if", html);
        Assert.Contains($"<a class=\"btn btn-sm btn-primary\" href=\"/Rounds/Measure/{overdue}\" data-testid=\"report-progress\">填报进展</a>", html);
        Assert.Contains($"data-testid=\"todo-count\">{summary.GetProperty("measures").GetInt32()}</span>", html);
    }

    [Fact]
    public async Task The_office_sees_close_outs_to_review_and_units_proposed_for_a_talk_in_its_scope_only()
    {
        var built = await Ledger.CreateRoundAsync(world, "整改办待办测试轮次");
        var office = await world.As("office");
        for (var i = 0; i < 3; i++)
            (await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
            {
                text = $"信用修复专项行动第{i + 1}阶段任务",
                kind = "Dated",
                responsibleUnitId = world.Credit.Id,
                timeLimit = "2024-03-29",
            })).EnsureSuccessStatusCode();
        var staff = await world.As("staff");
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("专题学习已完成", 100, ("学习记录.pdf", Ledger.Pdf))))
            .EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "请审核" })).EnsureSuccessStatusCode();

        var todo = await Ledger.GetJson(office, "/api/v1/todo");
        Assert.True(todo.GetProperty("summary").GetProperty("reviews").GetInt32() >= 1);
        var review = todo.GetProperty("reviews").EnumerateArray().Single(r => r.GetProperty("measureId").GetGuid() == built.MeasureId);
        Assert.Equal("李规划", review.GetProperty("requestedBy").GetString());
        Assert.Equal(1, review.GetProperty("evidenceCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, todo.GetProperty("measures").ValueKind);

        var other = await Ledger.GetJson(await world.As("officeB"), "/api/v1/todo");
        Assert.DoesNotContain(other.GetProperty("reviews").EnumerateArray(), r => r.GetProperty("measureId").GetGuid() == built.MeasureId);

        var page = await PageSession.SignInAsync(world, "office");
        var (_, html) = await page.GetAsync("/Todo");
        Assert.Contains("待审核销号", html);
        Assert.Contains("加强理论学习,提升政治素养", html);
        Assert.Contains("hx-get=\"/Todo?handler=Talks\"", html);
        var (_, talks) = await page.GetAsync("/Todo?handler=Talks");
        Assert.Contains("<strong>信用建设科</strong>", talks);
        var (_, otherTalks) = await (await PageSession.SignInAsync(world, "officeB")).GetAsync("/Todo?handler=Talks");
        Assert.DoesNotContain("信用建设科", otherTalks);
        Assert.Contains("李规划申请于2024年4月18日", html);
        Assert.DoesNotContain("ToChinese()", html);
        Assert.DoesNotContain("@if", html);
    }
}
