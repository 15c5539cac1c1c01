using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.IntegrationTests.Documents;

/// <summary>A report whose 问题清单 is a Word table comes in as problems and measures with their three lists' columns.</summary>
public partial class ReportTableUploadTests(World world) : IClassFixture<World>
{
    private static readonly string[] Before =
    [
        "中共示范市发展和改革委员会党组关于市委第二巡察组反馈意见整改进展情况的通报",
        "根据市委统一部署,2024年3月4日至5月10日,市委第二巡察组对市发展改革委党组进行了常规巡察。2024年6月18日,市委第二巡察组向市发展改革委党组反馈了巡察意见。现将整改进展情况公布如下。",
        "一、整改工作组织情况",
        "委党组对反馈的2个方面3个问题逐项制定整改措施,截至目前,3个问题已完成整改1个。",
        "二、反馈问题整改情况",
    ];

    private static readonly string[][] Rows =
    [
        ["序号", "问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限"],
        ["一、规划编制方面", "", "", "", "", "", ""],
        ["1", "专项规划编制滞后。部分规划超期未报批。", "1.梳理在编规划清单。\n2.建立规划编制进度月报制度。", "张副主任", "规划科、信用科", "李规划", "2024年12月底"],
        ["2", "规划评估流于形式。", "引入第三方开展中期评估。", "张副主任", "规划科", "李规划", "2025年3月31日"],
        ["二、信用建设方面", "", "", "", "", "", ""],
        ["3", "失信联合惩戒落实不到位。", "建立失信主体名单动态更新机制。", "王副主任", "信用科", "赵信用", "长期坚持"],
    ];

    [GeneratedRegex("name=\"Text\" value=\"(?<v>[^\"]*)\"")]
    private static partial Regex HiddenTextRx();

    [Fact]
    public async Task A_report_whose_problem_list_is_a_word_table_becomes_a_round_with_units_leaders_and_time_limits()
    {
        var page = await PageSession.SignInAsync(world, "office");
        await page.GetAsync("/Documents/Upload");
        var parsed = await page.PostMultipartAsync("/Documents/Upload?handler=Parse",
            new MultipartFormDataContent { { new ByteArrayContent(Docx()), "file", "整改进展通报.docx" } });
        var preview = await parsed.Content.ReadAsStringAsync();
        Assert.Contains("<strong>3</strong> 个具体问题", preview);
        Assert.Contains("<strong>4</strong> 条整改措施", preview);
        Assert.Contains("市委第二巡察组", preview);

        var text = WebUtility.HtmlDecode(HiddenTextRx().Match(preview).Groups["v"].Value);
        var confirm = await page.PostAsync("/Documents/Upload?handler=Confirm", new()
        {
            ["Text"] = text,
            ["InspectedUnitId"] = world.Commission.Id.ToString(),
            ["Title"] = "",
            ["InspectingBody"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var roundId = Guid.Parse(confirm.Headers.Location!.ToString().Split('/').Last());
        var office = await world.As("office");
        var ledger = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={roundId}&pageSize=50");
        var rows = ledger.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        var first = rows.Single(r => r.GetProperty("text").GetString() == "梳理在编规划清单。");
        Assert.Equal("张副主任", first.GetProperty("responsibleLeader").GetString());
        Assert.Equal(world.Planning.Id, first.GetProperty("responsibleUnitId").GetGuid());
        Assert.Equal(["信用科"], first.GetProperty("cooperatingUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal("李规划", first.GetProperty("responsiblePerson").GetString());
        Assert.Equal("2024-12-31", first.GetProperty("timeLimit").GetString());
        var longTerm = rows.Single(r => r.GetProperty("text").GetString()!.Contains("失信主体"));
        Assert.Equal("LongTerm", longTerm.GetProperty("kind").GetString());
        Assert.Equal(world.Credit.Id, longTerm.GetProperty("responsibleUnitId").GetGuid());
        Assert.Equal(["专项规划编制滞后", "规划评估流于形式", "失信联合惩戒落实不到位"],
            rows.Select(r => r.GetProperty("problemTitle").GetString()).Distinct());
    }

    private static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var line in Before) body.Append(Paragraph(line));
            var table = new Table();
            foreach (var row in Rows)
            {
                var spans = row.Skip(1).All(c => c.Length == 0);
                var cells = spans ? [row[0]] : row;
                table.Append(new TableRow(cells.Select(c => new TableCell(
                    [new TableCellProperties(spans ? new GridSpan { Val = row.Length } : new TableCellWidth { Width = "1000" }),
                     .. c.Split('\n').Select(Paragraph)]))));
            }
            body.Append(table);
            body.Append(Paragraph("三、下步工作打算"), Paragraph("委党组将持续巩固整改成果。"),
                Paragraph("中共示范市发展和改革委员会党组"), Paragraph("2024年9月20日"));
            doc.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text)));
}
