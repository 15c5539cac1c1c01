using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Rectify.Features.Documents.Excel;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.IntegrationTests.Supervision;

/// <summary>
/// 调度通报: the office issues dispatches of a round; units are ranked, the worst measures listed, the next dispatch
/// compares with the kept one, the documents read back, and units last twice are proposed for a talk (末位约谈).
/// Clock: 2024-04-18 (Thursday).
/// </summary>
public class DispatchTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task The_office_issues_dispatches_that_rank_units_and_compare_with_the_previous_one()
    {
        var (built, overdue) = await RoundWithOverdueMeasuresAsync("调度通报测试轮次");
        var office = await world.As("office");

        var first = await IssueAsync(office, new { roundId = built.RoundId, from = "2024-04-12", to = "2024-04-18" });
        var one = await Ledger.GetJson(office, $"/api/v1/dispatches/{first}");

        Assert.Equal("示范市发展和改革委员会整改工作调度通报（第1期）", one.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, one.GetProperty("previousId").ValueKind);
        // Both at 0%: 规划科 with one overdue measure before 信用科 with two.
        Assert.Equal(["规划科:1:0", "信用科:2:0"], Units(one).Select(u => $"{u.GetProperty("unit").GetString()}:{u.GetProperty("rank").GetInt32()}:{u.GetProperty("completionRate").GetDouble()}"));
        var worst = one.GetProperty("measures").EnumerateArray().ToList();
        // Overdue the longest first, then the lagging one (due 2024-05-31, nothing done since the feedback in November).
        Assert.Equal([overdue["04-01"], overdue["04-05"], overdue["04-10"], built.MeasureId], worst.Select(m => m.GetProperty("measureId").GetGuid()));
        Assert.Equal([17, 13, 8, 0], worst.Select(m => m.GetProperty("daysOverdue").GetInt32()));
        Assert.Equal(["Overdue", "Overdue", "Overdue", "Lagging"], worst.Select(m => m.GetProperty("warning").GetString()));

        // 信用科 completes its long-term measure (stage results) and one overdue measure: 2 of 3, ahead of 规划科.
        await CloseAsync("staff2", built.CooperatingMeasureId, "StageResult");
        await CloseAsync("staff2", overdue["04-01"], "Approve");
        var second = await IssueAsync(office, new { roundId = built.RoundId });
        var two = await Ledger.GetJson(office, $"/api/v1/dispatches/{second}");

        Assert.Equal(2, two.GetProperty("number").GetInt32());
        Assert.Equal(1, two.GetProperty("previousNumber").GetInt32());
        Assert.Equal("2024-04-12", two.GetProperty("periodFrom").GetString());
        var credit = Units(two)[0];
        Assert.Equal(("信用科", 1, 66.7, 1, 1, 2), (credit.GetProperty("unit").GetString(), credit.GetProperty("rank").GetInt32(),
            credit.GetProperty("completionRate").GetDouble(), credit.GetProperty("closed").GetInt32(), credit.GetProperty("stageResult").GetInt32(),
            credit.GetProperty("completedInPeriod").GetInt32()));
        Assert.Equal(("↑1", "+66.7"), (credit.GetProperty("change").GetProperty("rankText").GetString(), credit.GetProperty("change").GetProperty("rateText").GetString()));
        Assert.Equal("↓1", Units(two)[1].GetProperty("change").GetProperty("rankText").GetString());
        Assert.Equal(40.0, two.GetProperty("totals").GetProperty("completionRate").GetDouble());

        // The first dispatch still reads as it was.
        Assert.Equal(Units(one).Select(u => u.GetRawText()), Units(await Ledger.GetJson(office, $"/api/v1/dispatches/{first}")).Select(u => u.GetRawText()));
        var list = (await Ledger.GetJson(office, $"/api/v1/dispatches?roundId={built.RoundId}")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([second, first], list.Select(d => d.GetProperty("id").GetGuid()));
        foreach (var reader in new[] { "leader", "inspector" })
            Assert.Equal(2, (await Ledger.GetJson(await world.As(reader), $"/api/v1/dispatches/{second}")).GetProperty("number").GetInt32());
        Assert.Empty((await Ledger.GetJson(await world.As("officeB"), $"/api/v1/dispatches?roundId={built.RoundId}")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_unit_last_in_two_consecutive_dispatches_is_proposed_for_a_talk()
    {
        // 规划科 gets two more overdue measures: three against 信用科's two, both at 0%, so 规划科 is last. (Other tests of
        // this class leave 信用科 last in their scopes, never 规划科 twice.)
        var (built, _) = await RoundWithOverdueMeasuresAsync("末位约谈测试轮次");
        var office = await world.As("office");
        for (var i = 0; i < 2; i++)
            await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
            {
                text = $"规划科超期措施{i + 1}",
                kind = "Dated",
                responsibleUnitId = world.Planning.Id,
                timeLimit = "2024-04-02",
            }));
        await IssueAsync(office, new { roundId = built.RoundId });
        Assert.DoesNotContain(await LastPlacedAsync(office), p => p.GetProperty("unitId").GetGuid() == world.Planning.Id);

        await IssueAsync(office, new { roundId = built.RoundId });

        var proposal = (await LastPlacedAsync(office)).Single(p => p.GetProperty("unitId").GetGuid() == world.Planning.Id);
        Assert.Equal(("规划科", 3), (proposal.GetProperty("unit").GetString(), proposal.GetProperty("overdue").GetInt32()));
        Assert.Equal(["连续两期调度排名末位"], proposal.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(await LastPlacedAsync(await world.As("leader")), p => p.GetProperty("unitId").GetGuid() == world.Planning.Id);
        Assert.Empty(await LastPlacedAsync(await world.As("officeB")));
        // Over the overdue threshold too: both reasons.
        var both = (await Ledger.GetJson(office, "/api/v1/escalations/talk-proposals?threshold=3")).EnumerateArray()
            .Single(p => p.GetProperty("unitId").GetGuid() == world.Planning.Id);
        Assert.Equal(["超期措施达到3项", "连续两期调度排名末位"], both.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task The_office_issues_through_the_page_and_the_escalations_page_proposes_the_last_unit()
    {
        var (built, _) = await RoundWithOverdueMeasuresAsync("调度通报页面测试");
        var page = await PageSession.SignInAsync(world, "office");
        await page.GetAsync("/Supervision/Dispatches");

        var refused = await page.PostForPageAsync("/Supervision/Dispatches", new() { ["RoundId"] = $"{built.RoundId}", ["From"] = "2024-04-18", ["To"] = "2024-04-11" });
        Assert.Contains("统计期间的截止日期不能早于起始日期", refused);
        string? issued = null;
        for (var i = 0; i < 2; i++)
        {
            var response = await page.PostAsync("/Supervision/Dispatches", new() { ["RoundId"] = $"{built.RoundId}", ["To"] = "2024-04-18" });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            issued = response.Headers.Location!.ToString();
        }

        var (status, html) = await page.GetAsync(issued!);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("整改工作调度通报（第2期）", html);
        Assert.Contains("较第1期", html);
        Assert.Contains("按完成率（已完成和取得阶段性成效的措施占措施总数的比例）由高到低排列", html);
        Assert.Contains("末位", html);
        Assert.Contains($"/Rounds/Measure/{built.MeasureId}", html);
        Assert.Contains("连续两期调度排名末位", (await page.GetAsync("/Supervision/Escalations")).Html);
    }

    [Fact]
    public async Task The_dispatch_reads_back_from_its_xlsx_and_docx()
    {
        var (built, _) = await RoundWithOverdueMeasuresAsync("调度通报文档测试");
        var office = await world.As("office");
        var id = await IssueAsync(office, new { roundId = built.RoundId, from = "2024-04-15", to = "2024-04-18" });

        var xlsx = await office.GetAsync($"/api/v1/dispatches/{id}.xlsx");
        Assert.Equal(XlsxPackage.ContentType, xlsx.Content.Headers.ContentType!.MediaType);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        var grid = SheetGrid.Read(new MemoryStream(bytes));
        Assert.Equal("单位排名", grid.Name);
        Assert.StartsWith("示范市发展和改革委员会整改工作调度通报（第1期）", grid[1, 1]);
        Assert.Equal(["排名", "单位", "措施总数"], [grid[2, 1], grid[2, 2], grid[2, 3]]);
        Assert.Equal(["1", "规划科", "2"], [grid[3, 1], grid[3, 2], grid[3, 3]]);
        Assert.Equal(["2", "信用科", "3"], [grid[4, 1], grid[4, 2], grid[4, 3]]);
        Assert.Equal(["—", "—"], [grid[3, 12], grid[3, 13]]);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => e.Description));
            var sheets = workbook.WorkbookPart!.Workbook.Descendants<S.Sheet>().ToList();
            Assert.Equal(["单位排名", "超期滞后措施"], sheets.Select(s => s.Name!.Value));
            var measures = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[1].Id!)).Worksheet;
            Assert.Equal(S.PaneStateValues.Frozen, measures.Descendants<S.Pane>().Single().State!.Value);
            Assert.Contains("限期完成4月1日", measures.Descendants<S.Text>().Select(t => t.Text).First(t => t.Contains("4月1日")));
            Assert.Equal(6, measures.Descendants<S.Row>().Count());
            Assert.EndsWith("超期和滞后措施", measures.Descendants<S.Text>().First().Text);
            Assert.Equal(S.OrientationValues.Landscape, measures.Descendants<S.PageSetup>().Single().Orientation!.Value);
        }

        var docx = await office.GetAsync($"/api/v1/dispatches/{id}.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<W.Paragraph>().ToList();
        Assert.Equal("BulletinTitle", paragraphs[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("示范市发展和改革委员会整改工作调度通报（第1期）", paragraphs[0].InnerText);
        Assert.Contains(paragraphs, p => p.InnerText.StartsWith("截至2024年4月18日，共有整改措施5项，已完成0项"));
        var table = body.Elements<W.Table>().Single();
        var rows = table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal("排名", rows[0][0]);
        Assert.Equal(["1", "规划科"], rows[1].Take(2));
        // Numbered once: the measure's own label (一是, 2.) is not printed after the item's number.
        Assert.Contains(paragraphs, p => p.InnerText.StartsWith("1.信用科：限期完成4月1日（调度通报文档测试，完成时限2024年4月1日，已超期17天）"));
        Assert.Equal(["示范市发展和改革委员会", "2024年4月18日"], paragraphs.TakeLast(2).Select(p => p.InnerText));
    }

    [Fact]
    public async Task Bad_input_is_refused_in_plain_chinese()
    {
        var built = await Ledger.CreateRoundAsync(world, "调度通报输入测试");
        var office = await world.As("office");

        async Task Refused(object body, HttpStatusCode status, string message, HttpClient? client = null)
        {
            var response = await (client ?? office).PostAsJsonAsync("/api/v1/dispatches", body);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains(message, await response.Content.ReadAsStringAsync());
        }

        await Refused(new { roundId = built.RoundId, from = "2024-04-18", to = "2024-04-11" }, HttpStatusCode.UnprocessableEntity, "截止日期不能早于起始日期");
        await Refused(new { from = "2024-04-18", to = "2024-04-25" }, HttpStatusCode.UnprocessableEntity, "截止日期不能晚于今天");
        await Refused(new { from = "2023-01-01", to = "2024-04-18" }, HttpStatusCode.UnprocessableEntity, "不能超过一年");
        await Refused(new { roundId = built.RoundId }, HttpStatusCode.NotFound, "轮次", await world.As("officeB"));
        await Refused(new { roundId = Guid.NewGuid() }, HttpStatusCode.NotFound, "轮次");
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/dispatches/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.As("staff")).GetAsync("/api/v1/dispatches")).StatusCode);
        Assert.Empty((await Ledger.GetJson(office, $"/api/v1/dispatches?roundId={built.RoundId}")).GetProperty("items").EnumerateArray());
    }

    private static List<JsonElement> Units(JsonElement dispatch) => dispatch.GetProperty("units").EnumerateArray().ToList();

    private static async Task<Guid> IssueAsync(HttpClient office, object body) => await Ledger.Id(await office.PostAsJsonAsync("/api/v1/dispatches", body));

    private static async Task<List<JsonElement>> LastPlacedAsync(HttpClient client) =>
        (await Ledger.GetJson(client, "/api/v1/escalations/talk-proposals?threshold=100")).EnumerateArray().ToList();

    /// <summary>The ledger's round (规划科: one dated measure, 信用科: one long-term) plus overdue measures: 规划科 one, 信用科 two, by time limit.</summary>
    private async Task<(Ledger.Built Built, Dictionary<string, Guid> Overdue)> RoundWithOverdueMeasuresAsync(string title)
    {
        var built = await Ledger.CreateRoundAsync(world, title);
        var office = await world.As("office");
        var overdue = new Dictionary<string, Guid>();
        foreach (var (limit, unit) in new[] { ("04-01", world.Credit), ("04-05", world.Credit), ("04-10", world.Planning) })
            overdue[limit] = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
            {
                text = $"限期完成{int.Parse(limit[..2])}月{int.Parse(limit[3..])}日",
                kind = "Dated",
                responsibleUnitId = unit.Id,
                timeLimit = $"2024-{limit}",
            }));
        return (built, overdue);
    }

    private async Task CloseAsync(string staff, Guid measureId, string decision)
    {
        var client = await world.As(staff);
        (await client.PostAsync($"/api/v1/measures/{measureId}/progress", Ledger.Progress("已完成", 100, ("a.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/v1/measures/{measureId}/close-out", new { note = "各项任务已落实，制度已印发" })).EnsureSuccessStatusCode();
        (await (await world.As("office")).PostAsJsonAsync($"/api/v1/measures/{measureId}/review", new { decision })).EnsureSuccessStatusCode();
    }
}
