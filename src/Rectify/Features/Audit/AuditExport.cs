using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Net.Http.Headers;
using Rectify.Platform.Calendar;
using Rectify.Platform.Security;

namespace Rectify.Features.Audit;

/// <summary>The filtered audit as an .xlsx, oldest first, written row by row; the export is itself a security event.</summary>
public sealed class AuditExport(AuditSearch search, ISecurityEventLog events, TimeProvider time)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly (string Header, double Width)[] Layout =
    [
        ("序号", 9), ("时间", 22), ("用户", 14), ("地址", 16), ("类别", 10), ("操作", 12), ("对象", 16), ("对象编号", 38), ("结果", 8), ("内容", 80),
    ];

    public async Task SendAsync(HttpResponse response, AuditFilter filter, CancellationToken ct)
    {
        var path = Path.GetTempFileName();
        try
        {
            var rows = await WriteAsync(filter, path, ct);
            await events.RecordAsync(SecurityEventKind.Exported, true, "审计记录", $"导出审计记录{rows:N0}条", ct);
            response.HttpContext.Items[FileDeliveryAudit.Recorded] = true;
            response.ContentType = ContentType;
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
            {
                FileName = "audit.xlsx",
                FileNameStar = $"审计记录（{time.Today().ToChinese()}导出）.xlsx",
            }.ToString();
            await using var file = File.OpenRead(path);
            await file.CopyToAsync(response.Body, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public async Task<int> WriteAsync(AuditFilter filter, string path, CancellationToken ct)
    {
        var count = 0;
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "审计记录", SheetId = 1, Id = "rId1" }));
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheet = workbook.AddNewPart<WorksheetPart>("rId1");
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            writer.WriteElement(new Columns(Layout.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, Layout.Select(c => c.Header), 1);
            await foreach (var row in search.StreamAsync(filter).WithCancellation(ct))
            {
                count++;
                WriteRow(writer, Cells(row), 0);
            }
            writer.WriteEndElement();
            // Printed on A4 landscape, every column on the page, as many pages down as needed.
            writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
            writer.WriteElement(new HeaderFooter(new OddFooter("&C第&P页，共&N页")));
            writer.WriteEndElement();
        }
        return count;
    }

    private static IEnumerable<string> Cells(AuditRow row) =>
    [
        row.Sequence.ToString(), AuditLabels.Time(row.At), row.UserName, row.Address ?? "", AuditLabels.Kind(row.Kind), row.Action,
        AuditLabels.Entity(row.EntityType), row.EntityId, row.Outcome, AuditLabels.Changes(row.Changes),
    ];

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<string> texts, uint style)
    {
        writer.WriteStartElement(new Row());
        foreach (var text in texts)
            writer.WriteElement(new Cell
            {
                DataType = CellValues.InlineString,
                StyleIndex = style,
                InlineString = new InlineString(new Text(Printable(text)) { Space = SpaceProcessingModeValues.Preserve }),
            });
        writer.WriteEndElement();
    }

    private static string Printable(string text) => new(text.Where(c => c >= ' ' || c is '\n' or '\t').ToArray());

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "黑体" })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat { FontId = 0, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, ApplyAlignment = true },
            new CellFormat { FontId = 1, ApplyFont = true }));
}
