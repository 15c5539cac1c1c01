using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>
/// The office imports a district's 12345 hotline export: the preview stops at a column the system does not know
/// (客户姓名), the clerk maps it and saves the mapping as a template, previews again (one record's credit code is wrong),
/// imports the good rows and finds them in the appeal list as 12345热线 appeals; the preview also on a phone.
/// </summary>
[Collection(SiteCollection.Name)]
public class HotlineImportJourneyTests(DemoSite site)
{
    [Fact]
    public async Task Office_previews_a_hotline_export_maps_its_unknown_column_and_imports_the_good_rows_into_the_appeal_list()
    {
        var office = await site.SignInAsync("office");
        var prefix = $"RX{Guid.NewGuid():N}"[..10];
        var sheet = HotlineSheet(prefix);

        await office.GotoAsync(site.BaseUrl + "/Appeals");
        await office.ClickAsync("[data-testid=hotline-import]");
        await office.SetInputFilesAsync("#hotline-file", sheet);
        await office.ClickAsync("[data-testid=hotline-preview-button]");
        await Assertions.Expect(office.Locator("[data-testid=hotline-errors]")).ToContainTextAsync("缺少“联系人”列");
        await Assertions.Expect(office.Locator("input[name='Columns[工单编号]']")).ToHaveAttributeAsync("placeholder", "已识别：A列");
        await Assertions.Expect(office.Locator("input[name='Columns[联系人]']")).ToHaveAttributeAsync("placeholder", "列字母或表头文字");
        await DemoSite.ShotAsync(office, "hotline-1-unknown-column");

        await office.FillAsync("input[name='Columns[联系人]']", "客户姓名");
        await office.FillAsync("[data-testid=mapping-name]", $"区12345导出{prefix}");
        await office.ClickAsync("#save-mapping");
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync($"已保存列对应模板“区12345导出{prefix}”");

        await office.SetInputFilesAsync("#hotline-file", sheet);
        await office.Locator("input[name='Columns[联系人]']").FillAsync("");
        await office.SelectOptionAsync("#mapping-id", new SelectOptionValue { Label = $"区12345导出{prefix}" });
        await office.ClickAsync("[data-testid=hotline-preview-button]");
        var preview = office.Locator("[data-testid=hotline-preview] tbody tr");
        await Assertions.Expect(preview).ToHaveCountAsync(2);
        await Assertions.Expect(preview.First).ToContainTextAsync("郑**");
        await Assertions.Expect(preview.First).ToContainTextAsync("139****1234");
        await Assertions.Expect(office.Locator("main")).Not.ToContainTextAsync("13905461234");
        await Assertions.Expect(office.Locator("[data-testid=hotline-errors] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(office.Locator("[data-testid=hotline-errors]")).ToContainTextAsync("第5行");
        await Assertions.Expect(office.Locator("[data-testid=hotline-summary]")).ToContainTextAsync("可导入2条");
        await DemoSite.ShotAsync(office, "hotline-2-preview-with-error");
        await office.SetViewportSizeAsync(390, 844);
        await DemoSite.ShotAsync(office, "hotline-2-preview-with-error-390");
        await DemoSite.AssertNoSidewaysScrollAsync(office);
        await office.SetViewportSizeAsync(1440, 1000);

        await office.SetInputFilesAsync("#hotline-file", sheet);
        await office.CheckAsync("[data-testid=only-good-rows]");
        await office.ClickAsync("[data-testid=hotline-import-button]");
        await Assertions.Expect(office.Locator("[data-testid=hotline-summary]")).ToContainTextAsync("已导入2条");
        await Assertions.Expect(office.Locator("[data-testid=hotline-summary]")).ToContainTextAsync("其中1条已按承办单位交办");
        await DemoSite.ShotAsync(office, "hotline-3-imported");

        await office.ClickAsync("[data-testid=imported-list]");
        var main = office.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync($"东营华腾精密机械有限公司{prefix}");
        await Assertions.Expect(main).ToContainTextAsync($"东营瑞丰化工有限公司{prefix}");
        await Assertions.Expect(main).Not.ToContainTextAsync($"东营鲁兴物流有限公司{prefix}");
        await DemoSite.ShotAsync(office, "hotline-4-appeal-list");
        await office.SetViewportSizeAsync(390, 844);
        await DemoSite.ShotAsync(office, "hotline-4-appeal-list-390");
        await DemoSite.AssertNoSidewaysScrollAsync(office);
    }

    /// <summary>A district's export: a title, its own header words (客户姓名 for the contact), three records, the third's credit code mistyped.</summary>
    private static string HotlineSheet(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rectify-browser-{prefix}-12345工单.xlsx");
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
        data.Append(Line(1, "东营区12345政务服务便民热线涉企工单（2026年11月）"));
        data.Append(Line(2, "工单号", "受理时间", "企业名称", "信用代码", "客户姓名", "来电号码", "问题分类", "问题描述", "办理单位"));
        data.Append(Line(3, $"{prefix}-01", "2026-11-20 09:31", $"东营华腾精密机械有限公司{prefix}", "91370502MA3CBQ2X1Y", "郑晓梅", "13905461234",
            "拖欠账款", "区住建局拖欠工程款180万元，多次催要无果。", "法规科"));
        data.Append(Line(4, $"{prefix}-02", "2026/11/23 14:05", $"东营瑞丰化工有限公司{prefix}", "", "王强", "0546-8221234",
            "融资贷款", "申请的贷款贴息半年未兑现。", ""));
        data.Append(Line(5, $"{prefix}-03", "2026年11月24日", $"东营鲁兴物流有限公司{prefix}", "91370502MA3CBQ2X1Z", "李娜", "13812345678",
            "政策咨询", "咨询小微企业稳岗补贴如何申领。", ""));
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "工单" }));
        return path;
    }
}
