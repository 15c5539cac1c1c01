using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Rectify.Features.Documents.Excel;
using Rectify.IntegrationTests.Documents;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.IntegrationTests.Appeals;

/// <summary>
/// The monthly rates on a month worked out by hand (appeals assigned on 2024-04-18, counted on 4月24日 when C and D are
/// past their limit of 23日), through the API, the .xlsx read back, the page and the dispatch of all rounds, which must
/// agree. On the 18th itself C and D are 未到期 and in no rate. The class has its world to itself: nothing else adds
/// handlings to April.
/// 规划科: A replied on time and rated 满意, B returned on time, C open → 交办3, 按时响应2 (66.7), 应办结2, 办结1 (50.0),
/// 按时办结1 (50.0), 应评价1, 满意1 (100.0), 不满意0 (0.0), 主动评价1 (100.0).
/// 信用科: D open → 交办1, 响应0 (0.0), 办结0 of 1 (0.0), nothing rated (—): 末位, finishing fewest on time.
/// </summary>
public class AppealRatesTests(World world) : IClassFixture<World>
{
    private static readonly string[] Figures = ["assigned", "responded", "own", "replied", "repliedOnTime", "rated", "satisfied", "reopened", "evaluated", "pending"];

    [Fact]
    public async Task The_api_the_sheet_the_page_and_the_dispatch_agree_on_a_month_worked_out_by_hand()
    {
        await MonthAsync();
        var office = await world.As("office");
        var rates = await Ledger.GetJson(office, "/api/v1/appeals/rates?month=2024-04");

        Assert.Equal(["规划科", "信用科"], Units(rates).Select(u => u.GetProperty("unit").GetString()));
        var planning = Units(rates)[0].GetProperty("figures");
        Assert.Equal([3, 2, 2, 1, 1, 1, 1, 0, 1, 0], Figures.Select(f => planning.GetProperty(f).GetInt32()));
        Assert.Equal([66.7m, 50.0m, 50.0m, 100.0m, 0.0m, 100.0m],
            new[] { "responseRate", "completionRate", "onTimeRate", "satisfactionRate", "reopenRate", "evaluationRate" }.Select(r => planning.GetProperty(r).GetDecimal()));
        var credit = Units(rates)[1].GetProperty("figures");
        Assert.Equal(JsonValueKind.Null, credit.GetProperty("satisfactionRate").ValueKind);
        Assert.Equal(0.0m, credit.GetProperty("onTimeRate").GetDecimal());
        Assert.Equal(["信用科"], rates.GetProperty("worst").EnumerateArray().Select(w => w.GetProperty("unit").GetString()));
        Assert.Equal(4, rates.GetProperty("total").GetProperty("figures").GetProperty("assigned").GetInt32());
        Assert.Equal(50.0m, rates.GetProperty("total").GetProperty("figures").GetProperty("responseRate").GetDecimal());

        // The leader reads the same figures; another office's scope has none of them.
        Assert.Equal(rates.GetRawText(), (await Ledger.GetJson(await world.As("leader"), "/api/v1/appeals/rates?month=2024-04")).GetRawText());
        Assert.Empty(Units(await Ledger.GetJson(await world.As("officeB"), "/api/v1/appeals/rates?month=2024-04")));
        // March had nothing: the month is empty, not zero.
        Assert.Empty(Units(await Ledger.GetJson(office, "/api/v1/appeals/rates?month=2024-03")));

        // The dispatch of all rounds for April keeps the same figures, unit by unit; a dispatch of one round has none.
        var dispatchId = await Ledger.Id(await office.PostAsJsonAsync("/api/v1/dispatches", new { from = "2024-04-01", to = "2024-04-18" }));
        var dispatch = await Ledger.GetJson(office, $"/api/v1/dispatches/{dispatchId}");
        var appeals = dispatch.GetProperty("appeals");
        Assert.Equal(Units(rates).Select(u => u.GetRawText()), Units(appeals).Select(u => u.GetRawText()));
        Assert.Equal(rates.GetProperty("worst").GetRawText(), appeals.GetProperty("worst").GetRawText());

        var (_, page) = await (await PageSession.SignInAsync(world, "office")).GetAsync("/Appeals/Rates?month=2024-04");
        Assert.Contains("66.7%", page);
        Assert.Contains("2/3", page);
        Assert.Contains("末位", page);
        var (_, dispatchPage) = await (await PageSession.SignInAsync(world, "leader")).GetAsync($"/Supervision/Dispatches/{dispatchId}");
        Assert.Contains("共向2个单位交办企业诉求4件", dispatchPage);
        Assert.Contains("66.7%", dispatchPage);
    }

    [Fact]
    public async Task The_sheet_reads_back_with_each_rate_a_number_beside_its_counts_and_an_empty_rate_as_a_dash()
    {
        await MonthAsync();
        var response = await (await world.As("office")).GetAsync("/api/v1/appeals/rates.xlsx?month=2024-04");
        Assert.Equal(XlsxPackage.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("2024年4月企业诉求办理情况.xlsx", Uri.UnescapeDataString(response.Content.Headers.ContentDisposition!.ToString()));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var grid = SheetGrid.Read(new MemoryStream(bytes));
        Assert.Equal("诉求办理情况", grid.Name);
        Assert.Equal("2024年4月企业诉求办理情况", grid[1, 1]);
        Assert.Equal(["单位", "交办", "未到期", "按时响应", "响应率（%）"], Enumerable.Range(1, 5).Select(c => grid[2, c]));
        Assert.Equal(["规划科", "3", "0", "2", "66.7", "2", "1"], Enumerable.Range(1, 7).Select(c => grid[3, c]));
        Assert.Equal(["信用科", "—"], [grid[4, 1], grid[4, 13]]);
        Assert.Equal(["合计", "4"], [grid[5, 1], grid[5, 2]]);
        Assert.StartsWith("末位单位", grid[7, 1]);
        Assert.Contains("信用科（按时办结率0.0%）", grid[7, 1]);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => e.Description));
            var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<S.Cell>().ToList();
            Assert.Equal(S.CellValues.Number, cells.Single(c => c.CellReference == "E3").DataType!.Value);
            Assert.Equal(S.CellValues.InlineString, cells.Single(c => c.CellReference == "M4").DataType!.Value);
        }
        var printed = await SheetPrinter.PrintAsync(bytes, "appeal-rates-2024-04");
        Assert.Contains("66.7", printed.Pages[0]);
        Assert.Contains("规划科", printed.Pages[0]);

        var dispatchId = await Ledger.Id(await (await world.As("office")).PostAsJsonAsync("/api/v1/dispatches", new { from = "2024-04-01", to = "2024-04-18" }));
        var docx = await (await world.As("office")).GetByteArrayAsync($"/api/v1/dispatches/{dispatchId}.docx");
        await File.WriteAllBytesAsync(Path.Combine(SheetPrinter.Artifacts, "dispatch-with-appeals.docx"), docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("四、企业诉求办理情况", paragraphs);
        Assert.Contains("五、工作要求", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("共向2个单位交办企业诉求4件") && p.Contains("响应率50.0%"));
        Assert.Contains(paragraphs, p => p.StartsWith("诉求办理末位单位：信用科"));
        var tables = document.MainDocumentPart.Document.Body.Elements<W.Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["规划科", "3", "0", "66.7", "50.0", "50.0", "100.0", "0.0", "100.0"],
            tables[1].Elements<W.TableRow>().ElementAt(1).Elements<W.TableCell>().Select(c => c.InnerText));

        var xlsx = await (await world.As("office")).GetByteArrayAsync($"/api/v1/dispatches/{dispatchId}.xlsx");
        using var dispatchBook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Equal(["单位排名", "超期滞后措施", "企业诉求办理情况"], dispatchBook.WorkbookPart!.Workbook.Descendants<S.Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public async Task A_mistyped_or_future_month_is_refused_in_chinese()
    {
        var office = await world.As("office");
        var wrong = await office.GetAsync("/api/v1/appeals/rates?month=2024-13");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("月份格式不正确", await wrong.Content.ReadAsStringAsync());
        var future = await office.GetAsync("/api/v1/appeals/rates?month=2024-05");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Contains("该月份尚未开始", await future.Content.ReadAsStringAsync());
        var (_, page) = await (await PageSession.SignInAsync(world, "office")).GetAsync("/Appeals/Rates?month=abc");
        Assert.Contains("月份格式不正确", page);
    }

    private static readonly SemaphoreSlim Building = new(1, 1);
    private static World? builtIn;

    /// <summary>April as the class comment tells it, built once in the class's world.</summary>
    private async Task MonthAsync()
    {
        await Building.WaitAsync();
        try
        {
            if (builtIn == world) return;
            builtIn = world;
            await BuildAsync();
        }
        finally
        {
            Building.Release();
        }
    }

    private async Task BuildAsync()
    {
        var office = await world.As("office");
        var staff = await world.As("staff");
        var a = await AppealSteps.InStateAsync(world, "ReplyApproved");
        await AppealSteps.Ok(office.PostAsJsonAsync($"/api/v1/appeals/{a}/follow-up", new { note = "企业表示款项已到账", rating = "Satisfied" }));
        var b = await AppealSteps.InStateAsync(world, "Assigned");
        await AppealSteps.Ok(staff.PostAsJsonAsync($"/api/v1/appeals/{b}/return", new { reason = "拖欠工程款不属规划科职责" }));
        await AppealSteps.InStateAsync(world, "Assigned");
        var d = await AppealSteps.RecordAsync(world);
        await AppealSteps.Ok(office.PostAsJsonAsync($"/api/v1/appeals/{d}/accept", new { accept = true }));
        await AppealSteps.Ok(office.PostAsJsonAsync($"/api/v1/appeals/{d}/assign", new { unitId = world.Credit.Id, tier = "General" }));

        // The same day nothing open is due yet: C and D count as assigned and in no rate, and nobody is 末位.
        var today = await Ledger.GetJson(office, "/api/v1/appeals/rates?month=2024-04");
        var planning = Units(today)[0].GetProperty("figures");
        Assert.Equal([3, 1, 2, 1, 1], new[] { "assigned", "pending", "responded", "own", "replied" }.Select(f => planning.GetProperty(f).GetInt32()));
        Assert.Equal(100.0m, planning.GetProperty("responseRate").GetDecimal());
        Assert.Equal(JsonValueKind.Null, Units(today)[1].GetProperty("figures").GetProperty("onTimeRate").ValueKind);
        Assert.Empty(today.GetProperty("worst").EnumerateArray());
        var (_, ratesPage) = await (await PageSession.SignInAsync(world, "office")).GetAsync("/Appeals/Rates?month=2024-04");
        Assert.Contains("未到期", ratesPage);

        // 3 working days from Thursday the 18th end on Tuesday the 23rd; on the 24th C and D are late.
        world.Factory.Clock.Advance(TimeSpan.FromDays(6));
    }

    private static List<JsonElement> Units(JsonElement report) => report.GetProperty("units").EnumerateArray().ToList();
}
