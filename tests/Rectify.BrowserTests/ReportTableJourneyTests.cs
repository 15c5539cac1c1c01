using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>The office brings a report whose 问题清单 is a Word table, checks the preview and creates the round.</summary>
[Collection(SiteCollection.Name)]
public class ReportTableJourneyTests(DemoSite site)
{
    [Fact]
    public async Task Office_uploads_a_report_with_a_problem_table_and_sees_each_problem_with_its_units_and_time_limits()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("rectify-report-").FullName, "整改进展通报.docx");
        await File.WriteAllBytesAsync(file, Docx());
        var office = await site.SignInAsync("office");
        await office.GotoAsync(site.BaseUrl + "/Documents/Upload");
        await office.SetInputFilesAsync("input[type=file]", file);
        await office.ClickAsync("[data-testid=upload-form] button");

        var preview = office.Locator("[data-testid=parsed]");
        await Assertions.Expect(preview).ToContainTextAsync("3 个具体问题");
        await Assertions.Expect(preview).ToContainTextAsync("报告称具体问题3个，其中已完成1个。");
        await Assertions.Expect(office.Locator("[data-testid=parsed-problem]").First)
            .ToContainTextAsync("【法规科，配合：信用建设科；责任领导：张副主任；责任人：李敏；时限：2024年12月底】");
        await DemoSite.ShotAsync(office, "71-office-report-table-preview");
        await office.SetViewportSizeAsync(390, 844);
        await DemoSite.ShotAsync(office, "72-office-report-table-preview-phone");
        await office.SetViewportSizeAsync(1440, 1000);

        await office.ClickAsync("[data-testid=confirm-form] button[type=submit]");
        await Assertions.Expect(office.Locator("body")).ToContainTextAsync("专项规划编制滞后");
        await DemoSite.ShotAsync(office, "73-office-report-table-round");
    }

    private static byte[] Docx()
    {
        string[] before =
        [
            "中共东营市发展和改革委员会党组关于市委第二巡察组反馈意见整改进展情况的通报",
            "根据市委统一部署，2024年3月4日至5月10日，市委第二巡察组对市发展改革委党组进行了常规巡察。2024年6月18日，市委第二巡察组向市发展改革委党组反馈了巡察意见。现将整改进展情况公布如下。",
            "一、整改工作组织情况",
            "委党组对反馈的2个方面3个问题逐项制定整改措施，截至目前，3个问题已完成整改1个。",
            "二、反馈问题整改情况",
        ];
        string[][] rows =
        [
            ["序号", "问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限"],
            ["一、规划编制方面"],
            ["1", "专项规划编制滞后。部分规划超期未报批。", "1.梳理在编规划清单，逐项明确报批时间。\n2.建立规划编制进度月报制度。", "张副主任", "法规科、信用建设科", "李敏", "2024年12月底"],
            ["2", "规划评估流于形式。", "引入第三方开展规划中期评估。", "张副主任", "法规科", "李敏", "2025年3月31日"],
            ["二、信用建设方面"],
            ["3", "失信联合惩戒落实不到位。", "建立失信主体名单动态更新机制。", "王副主任", "信用建设科", "赵倩", "长期坚持"],
        ];
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(before.Select(Paragraph));
            body.Append(new Table(rows.Select(row => new TableRow(row.Select(c => new TableCell(
                [new TableCellProperties(row.Length == 1 ? new GridSpan { Val = 7 } : new TableCellWidth { Width = "1200" }),
                 .. c.Split('\n').Select(Paragraph)]))))));
            body.Append(Paragraph("三、下步工作打算"), Paragraph("委党组将持续巩固整改成果。"),
                Paragraph("中共东营市发展和改革委员会党组"), Paragraph("2024年9月20日"));
            doc.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text)));
}
