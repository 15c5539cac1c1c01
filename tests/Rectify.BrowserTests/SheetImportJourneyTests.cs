using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>
/// The office imports its own sheet (its own column names) through a column mapping it saves as a template, then
/// imports the sheet again, with one more row, into the round it created: the page shows the upload, the job's progress
/// and what changed.
/// </summary>
[Collection(SiteCollection.Name)]
public class SheetImportJourneyTests(DemoSite site)
{
    [Fact]
    public async Task Office_maps_its_own_sheet_saves_the_mapping_creates_a_round_then_adds_to_it()
    {
        var office = await site.SignInAsync("office");
        var first = OwnSheet("台账一.xlsx", ("学习贯彻不深入问题", "组织专题学习", "2026年12月31日"), ("制度执行不严问题", "修订管理办法", "长期坚持"));

        await office.GotoAsync(site.BaseUrl + "/Documents/ImportSheet");
        await office.SetInputFilesAsync("#sheet-file", first);
        await OpenMappingAsync(office);
        await office.ClickAsync("#preview-button");
        var preview = office.Locator("[data-testid=preview-table]");
        await Assertions.Expect(preview).ToContainTextAsync("问题描述");
        await Assertions.Expect(preview).ToContainTextAsync("组织专题学习");
        await Assertions.Expect(office.Locator("#header-row")).ToHaveValueAsync("2");
        await office.FillAsync("input[name='Columns[具体问题]']", "问题描述");
        await office.FillAsync("input[name='Columns[整改措施]']", "C");
        await office.FillAsync("input[name='Columns[完成时限]']", "整改期限");
        await office.FillAsync("input[name=MappingName]", "本办台账模板");
        await DemoSite.ShotAsync(office, "30-office-import-mapping");
        await office.ClickAsync("#save-mapping");
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("已保存列对应模板“本办台账模板”");

        await office.SetInputFilesAsync("#sheet-file", first);
        await office.SelectOptionAsync("#mapping-id", new SelectOptionValue { Label = "本办台账模板" });
        await Assertions.Expect(office.Locator("input[name='Columns[整改措施]']")).ToHaveValueAsync("C");
        await office.FillAsync("input[name=Title]", "浏览器导入的自有台账");
        await office.FillAsync("input[name=InspectingBody]", "市委第一巡察组");
        await DemoSite.PickAsync(office, "inspected-unit-text", "发展改革", "市发展改革委");
        await office.ClickAsync("#import-button");
        await Assertions.Expect(office.Locator("[data-testid=import-result]")).ToContainTextAsync("已创建轮次：章节 0 个，问题 2 个，措施 2 项。");
        await DemoSite.ShotAsync(office, "30b-office-import-new-round-result");
        await office.Locator("[data-testid=import-result] [data-field=link]").ClickAsync();
        await office.WaitForURLAsync("**/Rounds/Ledger?roundId=*");
        await Assertions.Expect(office.Locator("main")).ToContainTextAsync("组织专题学习");
        await Assertions.Expect(office.Locator("main")).ToContainTextAsync("修订管理办法");
        var roundId = office.Url.Split("roundId=")[1].Split('&')[0];

        var second = OwnSheet("台账二.xlsx", ("学习贯彻不深入问题", "组织专题学习", "2026年12月31日"), ("制度执行不严问题", "修订管理办法", "长期坚持"),
            ("警示教育不经常问题", "每季度开展警示教育", "2026年6月30日"));
        await office.GotoAsync(site.BaseUrl + "/Documents/ImportSheet");
        await office.SetInputFilesAsync("#sheet-file", second);
        // The round is found by its title; choosing it hides the new round's fields.
        await DemoSite.PickAsync(office, "round-text", "自有台账", "浏览器导入的自有台账");
        await Assertions.Expect(office.Locator("input[type=hidden][name=RoundId]")).ToHaveValueAsync(roundId);
        await Assertions.Expect(office.Locator("#new-round-fields")).ToBeHiddenAsync();
        await OpenMappingAsync(office);
        await office.SelectOptionAsync("#mapping-id", new SelectOptionValue { Label = "本办台账模板" });
        await office.ClickAsync("#import-button");
        var result = office.Locator("[data-testid=import-result]");
        await Assertions.Expect(result.Locator("[data-field=added]")).ToHaveTextAsync("1");
        await Assertions.Expect(result.Locator("[data-field=unchanged]")).ToHaveTextAsync("2");
        await Assertions.Expect(result.Locator("[data-field=updated]")).ToHaveTextAsync("0");
        await Assertions.Expect(office.Locator("#progress-phase")).ToHaveTextAsync("完成");
        await DemoSite.ShotAsync(office, "31-office-import-into-round");

        await result.Locator("[data-field=link]").ClickAsync();
        await Assertions.Expect(office.Locator("main")).ToContainTextAsync("每季度开展警示教育");
    }

    [Fact]
    public async Task A_sheet_with_bad_rows_shows_every_error_and_creates_nothing()
    {
        var office = await site.SignInAsync("office");
        var bad = OwnSheet("有错的台账.xlsx", ("问题一", "", "2026年12月31日"), ("问题二", "措施二", "明年"));

        await office.GotoAsync(site.BaseUrl + "/Documents/ImportSheet");
        await office.SetInputFilesAsync("#sheet-file", bad);
        await OpenMappingAsync(office);
        await office.FillAsync("input[name='Columns[具体问题]']", "B");
        await office.FillAsync("input[name='Columns[整改措施]']", "C");
        await office.FillAsync("input[name='Columns[完成时限]']", "D");
        await office.FillAsync("input[name=Title]", "不应创建的轮次");
        await office.FillAsync("input[name=InspectingBody]", "市委第一巡察组");
        await DemoSite.PickAsync(office, "inspected-unit-text", "发展改革", "市发展改革委");
        await office.ClickAsync("#import-button");

        var errors = office.Locator("[data-testid=import-errors] tbody tr");
        await Assertions.Expect(errors).ToHaveCountAsync(2);
        await Assertions.Expect(office.Locator("#progress-phase")).ToHaveTextAsync("未导入");
        await DemoSite.ShotAsync(office, "32-office-import-errors");
        await office.GotoAsync(site.BaseUrl + "/");
        await Assertions.Expect(office.Locator("main")).Not.ToContainTextAsync("不应创建的轮次");
    }

    private static async Task OpenMappingAsync(IPage page)
    {
        if (await page.Locator("#mapping").GetAttributeAsync("open") is null) await page.ClickAsync("#mapping summary");
    }

    /// <summary>An office's own sheet: a title row, then 序, 问题描述, 整改举措, 整改期限, with inline strings.</summary>
    private static string OwnSheet(string name, params (string Problem, string Measure, string Limit)[] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), "rectify-browser-" + Guid.NewGuid().ToString("N")[..8] + "-" + name);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        Row Line(uint index, params string[] texts) => new(texts.Select((t, i) => new Cell
        {
            CellReference = $"{(char)('A' + i)}{index}",
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(t)),
        }))
        { RowIndex = index };
        data.Append(Line(1, "我办巡察整改台账"));
        data.Append(Line(2, "序", "问题描述", "整改举措", "整改期限"));
        for (var i = 0; i < rows.Length; i++) data.Append(Line((uint)(i + 3), (i + 1).ToString(), rows[i].Problem, rows[i].Measure, rows[i].Limit));
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "台账" }));
        return path;
    }
}
