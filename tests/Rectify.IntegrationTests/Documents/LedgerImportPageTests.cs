using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Documents;

public class LedgerImportPageTests(World world) : IClassFixture<World>
{
    private static readonly string[] Header = ["具体问题", "方面/类别", "整改措施", "措施类型", "完成时限", "责任单位", "配合单位", "牵头领导", "责任领导", "责任人"];

    [Fact]
    public async Task The_preview_counts_the_cells_that_would_be_split_into_several_measures()
    {
        var session = await PageSession.SignInAsync(world, "office");
        await session.GetAsync("/Documents/ImportSheet");
        var preview = new MultipartFormDataContent { { new ByteArrayContent(OfficeSheets.MergedCategories()), "file", "own.xlsx" }, { new StringContent("3"), "HeaderRow" } };

        var body = JsonDocument.Parse(await (await session.PostMultipartAsync("/Documents/ImportSheet?handler=Preview", preview)).Content.ReadAsStringAsync()).RootElement;

        Assert.True(body.TryGetProperty("splittableCells", out var splittable), body.ToString());
        Assert.Equal(1, splittable.GetInt32());
        Assert.Equal("问题描述", body.GetProperty("columns")[1].GetProperty("header").GetString());
    }

    [Fact]
    public async Task A_refused_sheet_shows_every_error_in_a_table_and_keeps_the_typed_details()
    {
        var session = await PageSession.SignInAsync(world, "office");
        await session.GetAsync("/Documents/ImportSheet");
        var sheet = TestSheet.Build([Header,
            ["问题一", "作风方面", "", "限期整改", "", "规划科", "", "", "", ""],
            ["", "作风方面", "一是建立台账", "立行立改", "", "不存在科", "", "", "", ""]]);

        var response = await session.PostMultipartAsync("/Documents/ImportSheet", Form(sheet, "我的台账标题"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("台账中有 4 处错误，未导入任何内容", html);
        Assert.Contains("data-testid=\"import-errors\"", html);
        Assert.Contains("<td>2</td><td>整改措施</td><td>C2：整改措施为空</td>", html);
        Assert.Contains("<td>2</td><td>完成时限</td><td>E2：限期整改的措施缺少完成时限</td>", html);
        Assert.Contains("<td>3</td><td>具体问题</td><td>A3：具体问题为空</td>", html);
        Assert.Contains("<td>3</td><td>责任单位</td><td>F3单元格“不存在科”：该单位不存在或不在本单位范围内</td>", html);
        Assert.Contains("value=\"我的台账标题\"", html);
    }

    [Fact]
    public async Task A_valid_sheet_creates_the_round_and_shows_what_was_created_with_a_link_to_its_ledger()
    {
        var session = await PageSession.SignInAsync(world, "office");
        await session.GetAsync("/Documents/ImportSheet");
        var sheet = TestSheet.Build([Header, ["问题一", "作风方面", "一是建立台账", "限期整改", "2024-06-30", "规划科", "", "", "", ""]]);

        var response = await session.PostMultipartAsync("/Documents/ImportSheet", Form(sheet, "页面导入的台账"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("已创建轮次：章节 <strong data-testid=\"result-sections\">1</strong> 个，问题 <strong data-testid=\"result-problems\">1</strong> 个，措施 <strong data-testid=\"result-measures\">1</strong> 项。", created);
        Assert.Contains("表中没有进展，各项措施均为未启动。", created);
        var location = System.Text.RegularExpressions.Regex.Match(created, "href=\"(/Rounds/Ledger\\?roundId=[^\"]+)\"").Groups[1].Value;
        var (_, html) = await session.GetAsync(location);
        Assert.Contains("</a> 建立台账", html);
    }

    [Fact]
    public async Task An_export_posted_into_its_round_shows_the_counts_and_the_measures_not_in_the_sheet()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        var sheet = SheetEdit.Apply(await SheetIntoRoundTests.ExportAsync(office, built.RoundId), new Dictionary<string, string> { ["J3"] = "陈信用" });
        await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new { text = "导出后新增的措施", kind = "Immediate" }));
        var session = await PageSession.SignInAsync(world, "office");
        var (_, page) = await session.GetAsync("/Documents/ImportSheet");
        Assert.Contains("导入到已有轮次", page);
        Assert.Contains("列对应关系", page);
        var form = SheetIntoRoundTests.Form(sheet);
        form.Add(new StringContent(built.RoundId.ToString()), "RoundId");

        var response = await session.PostMultipartAsync("/Documents/ImportSheet", form);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("更新 <strong data-field=\"updated\">1</strong> 项，新增 <strong data-field=\"added\">0</strong> 项", html);
        Assert.Contains("<li>学习贯彻习近平总书记关于优化营商环境的重要论述有差距问题 — 三是导出后新增的措施</li>", html);
    }

    [Fact]
    public async Task The_page_previews_a_users_sheet_starts_a_job_through_its_mapping_and_polls_it_to_the_new_round()
    {
        var session = await PageSession.SignInAsync(world, "office");
        await session.GetAsync("/Documents/ImportSheet");
        var sheet = TestSheet.Build([["自制台账"], ["问题描述", "整改举措", "时间"], ["会风不正", "精简会议", "2024-06-30"]]);
        var preview = new MultipartFormDataContent { { new ByteArrayContent(sheet), "file", "own.xlsx" }, { new StringContent("2"), "HeaderRow" } };

        var columns = JsonDocument.Parse(await (await session.PostMultipartAsync("/Documents/ImportSheet?handler=Preview", preview)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["A 问题描述", "B 整改举措", "C 时间"], columns.GetProperty("columns").EnumerateArray().Select(c => $"{c.GetProperty("letter")} {c.GetProperty("header")}"));
        Assert.Equal("会风不正", columns.GetProperty("samples")[0][0].GetString());

        var form = Form(sheet, "页面后台导入");
        form.Add(new StringContent("2"), "HeaderRow");
        form.Add(new StringContent("问题描述"), "Columns[具体问题]");
        form.Add(new StringContent("B"), "Columns[整改措施]");
        form.Add(new StringContent("时间"), "Columns[完成时限]");
        var started = JsonDocument.Parse(await (await session.PostMultipartAsync("/Documents/ImportSheet?handler=Start", form)).Content.ReadAsStringAsync()).RootElement;
        var statusUrl = started.GetProperty("statusUrl").GetString()!;
        var status = await PollAsync(session, statusUrl);

        Assert.Equal("Succeeded", status.GetProperty("state").GetString());
        var roundId = status.GetProperty("result").GetProperty("roundId").GetGuid();
        var row = (await Ledger.GetJson(await world.As("office"), $"/api/v1/ledger?roundId={roundId}")).GetProperty("items")[0];
        Assert.Equal(("精简会议", "Dated"), (row.GetProperty("text").GetString(), row.GetProperty("kind").GetString()));
        var other = await PageSession.SignInAsync(world, "officeB");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetRawAsync(statusUrl)).StatusCode);
    }

    [Fact]
    public async Task A_mapping_typed_on_the_page_is_saved_as_a_template_and_offered_next_time()
    {
        var session = await PageSession.SignInAsync(world, "office");
        await session.GetAsync("/Documents/ImportSheet");
        var form = new MultipartFormDataContent
        {
            { new StringContent("页面保存的模板"), "MappingName" }, { new StringContent("3"), "HeaderRow" },
            { new StringContent("问题描述"), "Columns[具体问题]" }, { new StringContent("B"), "Columns[整改措施]" },
        };

        var html = WebUtility.HtmlDecode(await (await session.PostMultipartAsync("/Documents/ImportSheet?handler=SaveMapping", form)).Content.ReadAsStringAsync());

        Assert.Contains("已保存列对应模板“页面保存的模板”", html);
        var (_, again) = await session.GetAsync("/Documents/ImportSheet");
        Assert.Contains(">页面保存的模板</option>", again);
    }

    private static async Task<JsonElement> PollAsync(PageSession session, string statusUrl)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var status = JsonDocument.Parse(await (await session.GetRawAsync(statusUrl)).Content.ReadAsStringAsync()).RootElement;
            if (status.GetProperty("state").GetString() is "Succeeded" or "Failed") return status;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{statusUrl} did not finish in 30 s");
    }

    /// <summary>The API's form: page properties bind by name regardless of case.</summary>
    private MultipartFormDataContent Form(byte[] sheet, string title) => TestSheet.Form(sheet, world.Commission.Id, title);
}
