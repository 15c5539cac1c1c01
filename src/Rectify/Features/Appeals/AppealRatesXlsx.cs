using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Features.Documents.Excel;

namespace Rectify.Features.Appeals;

/// <summary>
/// The monthly rates as .xlsx in the ledger's styles: a title, the header frozen and repeated on each printed page, a line
/// per unit then 合计, and the worst units (末位) below; counts and rates are numbers (rates as 85.0), an empty rate is —.
/// A scope has at most a few thousand units, so the SDK writes it in memory.
/// </summary>
public static class AppealRatesXlsx
{
    public const string SheetName = "诉求办理情况";

    private const uint HeaderRow = 2, Count = 6, Rate = 7, RateFormat = 164;

    public static string TitleOf(string period) => $"{period}企业诉求办理情况";

    public static void Write(AppealRatesReport report, string period, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets(), new DefinedNames());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var header = AppealRatesColumns.Header;
        var last = Letter(header.Count - 1);
        var data = new SheetData(
            Row(1, 28, [TitleOf(period)], _ => LedgerStyles.Title),
            Row(HeaderRow, RowHeights.Points(2), header, _ => LedgerStyles.Header));
        var index = HeaderRow;
        foreach (var line in report.Units.Append(report.Total))
            data.Append(Row(++index, RowHeights.Points(RowHeights.Lines(line.Unit, AppealRatesColumns.Widths[0])), AppealRatesColumns.Cells(line),
                c => c == 0 ? LedgerStyles.Text : AppealRatesColumns.RateColumns.Contains(c) ? Rate : Count));
        index++;
        var worst = report.Worst.Count == 0 ? "末位单位：无（有应办结诉求的单位不足两个）"
            : "末位单位（按时办结率最低，其次满意率最低）：" + string.Join("、", report.Worst.Select(w =>
                $"{w.Unit}（按时办结率{AppealRatesColumns.Percent(w.Figures.OnTimeRate)}%）"));
        data.Append(Row(++index, RowHeights.Points(1), [worst], _ => LedgerStyles.Note));
        workbook.AddNewPart<WorksheetPart>().Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = HeaderRow,
                TopLeftCell = $"A{HeaderRow + 1}",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            })
            { WorkbookViewId = 0 }),
            new Columns(AppealRatesColumns.Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
            data,
            new MergeCells(new MergeCell { Reference = $"A1:{last}1" }, new MergeCell { Reference = $"A{index}:{last}{index}" }) { Count = 2 },
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&C第&P页，共&N页")));
        var part = workbook.WorksheetParts.Single();
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = SheetName });
        workbook.Workbook.DefinedNames!.Append(new DefinedName($"'{SheetName}'!$1:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 });
    }

    /// <summary>The ledger's styles plus a bordered, centred count and a rate with one decimal.</summary>
    private static Stylesheet Styles()
    {
        var styles = LedgerStyles.Build();
        styles.InsertAt(new NumberingFormats(new NumberingFormat { NumberFormatId = RateFormat, FormatCode = "0.0" }) { Count = 1 }, 0);
        styles.CellFormats!.Append(Numeric(1), Numeric(RateFormat));
        styles.CellFormats.Count = (uint)styles.CellFormats.ChildElements.Count;
        return styles;
    }

    private static CellFormat Numeric(uint format) =>
        new(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top, WrapText = true })
        {
            NumberFormatId = format, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0,
            ApplyNumberFormat = true, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
        };

    private static Row Row(uint index, double height, IReadOnlyList<string> cells, Func<int, uint> style) =>
        new(cells.Select((text, c) => Cell($"{Letter(c)}{index}", text, style(c)))) { RowIndex = index, Height = height, CustomHeight = true };

    /// <summary>A figure is a number (it sums and sorts); — stays text, centred.</summary>
    private static Cell Cell(string reference, string text, uint style) =>
        style >= Count && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? new Cell { CellReference = reference, StyleIndex = style, DataType = CellValues.Number, CellValue = new CellValue(number) }
            : new Cell
            {
                CellReference = reference,
                StyleIndex = style >= Count ? LedgerStyles.Centred : style,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(text)),
            };

    private static string Letter(int column) => ((char)('A' + column)).ToString();
}
