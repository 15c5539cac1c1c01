using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Rounds;
using Rectify.IntegrationTests.Documents;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Rounds;

/// <summary>
/// A round from a report or sheet already imported, or with the title and inspected unit of an existing round, is refused
/// with a link to the existing one; the office makes a second one only by choosing to.
/// </summary>
public class DuplicateRoundTests(World world) : IClassFixture<World>
{
    private const string Report = """
        中共示范市发展和改革委员会党组关于市委第三巡察组巡察反馈意见整改进展情况的通报

        根据市委统一部署，2025年4月7日至6月20日，市委第三巡察组对市发展改革委党组进行了巡察。2025年7月15日，市委第三巡察组向市发展改革委党组反馈了巡察意见。

        一、关于落实重大项目审批改革不到位方面

        （一）项目审批流程仍然偏长问题
        整改措施：1.梳理审批事项清单，压减审批环节；2.推行并联审批，限时办结。
        """;

    [Fact]
    public async Task Confirming_a_report_already_imported_shows_when_and_as_what_and_creates_nothing_until_the_office_chooses_to()
    {
        var page = await PageSession.SignInAsync(world, "office");
        await page.GetAsync("/Documents/Upload");
        var first = await page.PostAsync("/Documents/Upload?handler=Confirm", ConfirmFields("项目审批改革整改（首次导入）"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var firstId = first.Headers.Location!.ToString().Split('/').Last();

        await page.GetAsync("/Documents/Upload");
        var again = await page.PostForPageAsync("/Documents/Upload?handler=Confirm", ConfirmFields("项目审批改革整改（再次导入）"));

        var today = world.Factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        Assert.Contains($"该报告已于{today.Year}年{today.Month}月{today.Day}日导入为《项目审批改革整改（首次导入）》。", again);
        Assert.Contains($"href=\"/Rounds/Structure/{firstId}\"", again);
        Assert.Contains("仍然新建轮次", again);
        Assert.Equal(0, await RoundsTitledAsync("项目审批改革整改（再次导入）"));

        var fields = ConfirmFields("项目审批改革整改（再次导入）");
        fields["AllowDuplicate"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostAsync("/Documents/Upload?handler=Confirm", fields)).StatusCode);
        Assert.Equal(1, await RoundsTitledAsync("项目审批改革整改（再次导入）"));
    }

    [Fact]
    public async Task Parsing_a_report_already_imported_warns_before_anything_is_confirmed()
    {
        var page = await PageSession.SignInAsync(world, "office");
        await page.GetAsync("/Documents/Upload");
        var text = Report.Replace("第三巡察组", "第四巡察组");
        var fields = new Dictionary<string, string> { ["Text"] = text, ["InspectedUnitId"] = world.Commission.Id.ToString(), ["Title"] = "第四巡察组反馈意见整改" };
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostAsync("/Documents/Upload?handler=Confirm", fields)).StatusCode);

        await page.GetAsync("/Documents/Upload");
        var parsed = await page.PostMultipartAsync("/Documents/Upload?handler=Parse",
            new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "file", "第四巡察组整改通报.txt" } });
        var html = WebUtility.HtmlDecode(await parsed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("导入为《第四巡察组反馈意见整改》", html);
        Assert.Contains("data-testid=\"duplicate-round\"", html);
    }

    [Fact]
    public async Task The_same_sheet_imported_twice_over_the_api_is_409_with_the_existing_round_unless_allowed()
    {
        var office = await world.As("office");
        var sheet = TestSheet.Build([
            ["具体问题", "整改措施", "方面/类别", "措施类型", "牵头领导", "责任领导", "责任单位", "配合单位", "责任人", "完成时限"],
            ["政务服务事项办理时限偏长", "全面梳理办事指南，压缩承诺时限", "", "立行立改"]]);
        var first = await office.PostAsync("/api/v1/rounds/import.xlsx", TestSheet.Form(sheet, world.Commission.Id, "政务服务整改台账（一）", allowDuplicate: false));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roundId").GetGuid();

        var again = await office.PostAsync("/api/v1/rounds/import.xlsx", TestSheet.Form(sheet, world.Commission.Id, "政务服务整改台账（二）", allowDuplicate: false));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(firstId, problem.GetProperty("existingRoundId").GetGuid());
        Assert.StartsWith("该表格已于", problem.GetProperty("title").GetString());
        Assert.EndsWith("导入为《政务服务整改台账（一）》", problem.GetProperty("title").GetString());
        Assert.Equal(0, await RoundsTitledAsync("政务服务整改台账（二）"));

        var queued = await office.PostAsync("/api/v1/rounds/import.xlsx?async=true", TestSheet.Form(sheet, world.Commission.Id, "政务服务整改台账（二）", allowDuplicate: false));
        Assert.Equal(HttpStatusCode.Conflict, queued.StatusCode);

        var allowed = await office.PostAsync("/api/v1/rounds/import.xlsx", TestSheet.Form(sheet, world.Commission.Id, "政务服务整改台账（二）", allowDuplicate: true));
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
    }

    [Fact]
    public async Task A_second_round_with_the_same_title_for_the_same_unit_is_409_while_another_unit_may_use_the_title()
    {
        var office = await world.As("office");
        object Body(Guid unit) => new { kind = "Patrol", title = "市委第九巡察组巡察反馈意见整改", inspectingBody = "市委第九巡察组", inspectedUnitId = unit };
        var first = await Ledger.Id(await office.PostAsJsonAsync("/api/v1/rounds", Body(world.Commission.Id)));

        var again = await office.PostAsJsonAsync("/api/v1/rounds", Body(world.Commission.Id));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first, problem.GetProperty("existingRoundId").GetGuid());
        Assert.Contains("该被巡察单位已有同名轮次《市委第九巡察组巡察反馈意见整改》", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync("/api/v1/rounds", Body(world.Planning.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync("/api/v1/rounds?allowDuplicate=true", Body(world.Commission.Id))).StatusCode);
        Assert.Equal(3, await RoundsTitledAsync("市委第九巡察组巡察反馈意见整改"));
    }

    [Fact]
    public async Task The_new_round_form_with_an_existing_title_links_the_round_and_keeps_what_was_typed()
    {
        var office = await world.As("office");
        var first = await Ledger.Id(await office.PostAsJsonAsync("/api/v1/rounds",
            new { kind = "Audit", title = "2025年度经济责任审计整改", inspectingBody = "市审计局", inspectedUnitId = world.Commission.Id }));
        var page = await PageSession.SignInAsync(world, "office");
        await page.GetAsync("/Rounds/Create");
        var fields = new Dictionary<string, string>
        {
            ["Form.Title"] = "2025年度经济责任审计整改",
            ["Form.Kind"] = "Audit",
            ["Form.InspectingBody"] = "市审计局",
            ["Form.InspectedUnitId"] = world.Commission.Id.ToString(),
            ["Form.CampaignName"] = "2025年度审计",
        };

        var html = await page.PostForPageAsync("/Rounds/Create", fields);

        Assert.Contains($"href=\"/Rounds/Structure/{first}\"", html);
        Assert.Contains("value=\"2025年度审计\"", html);
        Assert.Equal(1, await RoundsTitledAsync("2025年度经济责任审计整改"));
        await page.GetAsync("/Rounds/Create");
        fields["AllowDuplicate"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostAsync("/Rounds/Create", fields)).StatusCode);
        Assert.Equal(2, await RoundsTitledAsync("2025年度经济责任审计整改"));
    }

    private Dictionary<string, string> ConfirmFields(string title) => new()
    {
        ["Text"] = Report,
        ["InspectedUnitId"] = world.Commission.Id.ToString(),
        ["Title"] = title,
        ["InspectingBody"] = "市委第三巡察组",
    };

    private async Task<int> RoundsTitledAsync(string title)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        return await db.Set<Round>().CountAsync(r => r.Title == title, TestContext.Current.CancellationToken);
    }
}
