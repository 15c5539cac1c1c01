using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rectify.DocumentBenchmarks;

/// <summary>
/// An office's own sheet of 20,000 measure rows (a title row, category rows merged across every 100 rows, several units
/// in one cell, date wordings, a progress column, "一是…；二是…" cells, footnotes under the table) imported as a new
/// round through a column mapping, over HTTP into a freshly started server: the request's time and the server's peak
/// resident memory. Units are taken from the database's ledger, so that every row is valid.
/// </summary>
public static class OwnSheetRun
{
    private static readonly string[] Wordings = ["2026年6月底", "2026年底前", "2026年9月30日前", "2026年12月", "2026.6.30", "2026/9/30", "2026-9-30", "46203", "立行立改", "长期坚持"];

    public static async Task RunAsync(string[] args)
    {
        var db = Option(args, "--db") ?? "Host=127.0.0.1;Port=55450;Username=postgres;Database=rectify_docbench";
        var app = Option(args, "--app") ?? Path.GetFullPath("src/Rectify/bin/Release/net10.0/Rectify.dll");
        var rows = int.Parse(Option(args, "--rows") ?? "20000");
        var sheet = Path.Combine(Path.GetTempPath(), "rectify-bench-own-sheet.xlsx");

        await using var server = await SheetRun.Server.StartAsync(app, db);
        using var client = await server.SignInAsync(Option(args, "--account") ?? "province-office", Option(args, "--password") ?? "Bench#Province2026");
        var (unitId, units) = await UnitsAsync(client);
        var measures = Write(sheet, rows, units);

        var before = server.PeakMb();
        var watch = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent
        {
            { new StreamContent(File.OpenRead(sheet)) { Headers = { ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") } }, "file", "自制台账.xlsx" },
            { new StringContent(unitId.ToString()), "inspectedUnitId" },
            { new StringContent("自制台账基准 " + TimeProvider.System.GetLocalNow().ToString("HHmmss")), "title" },
            { new StringContent("基准巡察组"), "inspectingBody" },
            { new StringContent(JsonSerializer.Serialize(new { headerRow = 0, columns = new Dictionary<string, string>
                {
                    ["序号"] = "序号", ["具体问题"] = "问题描述", ["整改措施"] = "整改措施", ["责任单位"] = "责任单位", ["完成时限"] = "完成时限", ["整改进展"] = "进展情况",
                } })), "mapping" },
        };
        var response = await client.PostAsync("/api/v1/rounds/import.xlsx", form);
        watch.Stop();
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"import failed: {(int)response.StatusCode} {body[..Math.Min(2000, body.Length)]}");
        var result = JsonDocument.Parse(body).RootElement;
        Console.WriteLine("| step | sheet rows | measures | seconds | file MB | server peak RSS before → after (MB) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
        Console.WriteLine($"| import an own-layout sheet as a new round | {rows:N0} | {result.GetProperty("added").GetInt32():N0} (expected {measures:N0}) | "
            + $"{watch.Elapsed.TotalSeconds:F1} | {new FileInfo(sheet).Length / 1e6:F1} | {before:F0} → {server.PeakMb():F0} |");
        Console.WriteLine($"sections {result.GetProperty("sections").GetInt32()}, split rows {result.GetProperty("splitRows").GetInt32()}, "
            + $"with progress {result.GetProperty("withProgress").GetInt32()}, left out {result.GetProperty("leftOut").GetArrayLength()}");
    }

    /// <summary>The root unit to inspect, and names of units in the office's scope, from the ledger it can read.</summary>
    private static async Task<(Guid Unit, List<string> Names)> UnitsAsync(HttpClient client)
    {
        var ledger = await client.GetFromJsonAsync<JsonElement>("/api/v1/ledger?pageSize=200");
        var names = ledger.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("responsibleUnit").GetString())
            .OfType<string>().Where(n => !n.Contains('、')).Distinct().Take(12).ToList();
        var round = ledger.GetProperty("items")[0].GetProperty("roundId").GetGuid();
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/rounds/{round}");
        return (details.GetProperty("inspectedUnitId").GetGuid(), names);
    }

    /// <summary>Writes the sheet row by row; returns how many measures it holds (split cells count each part).</summary>
    private static int Write(string path, int rows, List<string> units)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = "rIdSheet", SheetId = 1, Name = "整改任务清单" }));
        var part = workbook.AddNewPart<WorksheetPart>("rIdSheet");
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        var merges = new List<string> { "A1:G1" };
        var r = 0;
        void Row(params string[] cells)
        {
            r++;
            writer.WriteStartElement(new Row { RowIndex = (uint)r });
            for (var c = 0; c < cells.Length; c++)
                if (cells[c].Length > 0)
                    writer.WriteElement(new Cell { CellReference = $"{(char)('A' + c)}{r}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cells[c])) });
            writer.WriteEndElement();
        }
        Row("某某单位巡察反馈问题整改任务清单");
        Row("填报单位：某某单位", "", "", "", "", "填报日期：2026年1月5日");
        Row("序号", "问题描述", "整改措施", "责任单位", "完成时限", "进展情况", "备注");
        var measures = 0;
        for (var i = 0; i < rows; i++)
        {
            if (i % 100 == 0)
            {
                Row($"{Chinese(i / 100 % 9 + 1)}、第{i / 100 + 1}批问题整改方面");
                merges.Add($"A{r}:G{r}");
            }
            var split = i % 5 == 0;
            var text = split ? $"一是建立第{i + 1}项问题整改台账，逐项明确责任；二是每月调度一次进展情况" : $"完善第{i + 1}项问题的工作制度并严格执行";
            measures += split ? 2 : 1;
            var unit = i % 3 == 0 ? $"{units[i % units.Count]}、{units[(i + 1) % units.Count]}" : units[i % units.Count];
            var progress = (i % 4) switch { 0 => "已完成", 1 => "已制定方案，完成60%", _ => "" };
            Row($"{i + 1}", $"第{i + 1}个问题：制度执行不严格，存在薄弱环节", text, unit, Wordings[i % Wordings.Length], progress, "");
        }
        Row();
        Row("注：完成时限以审定的整改方案为准。");
        Row("填报人：张某", "", "联系电话：0000-1234567");
        writer.WriteEndElement();
        writer.WriteElement(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        writer.WriteEndElement();
        return measures;
    }

    private static string Chinese(int n) => "一二三四五六七八九"[n - 1].ToString();

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
