using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Features.Appeals;
using Rectify.Features.Documents.Excel;
using Rectify.Platform.Calendar;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>
/// A dispatch as .xlsx in the ledger's styles: sheet 单位排名 (the ranked table) and sheet 超期滞后措施 (the worst
/// measures), and for a dispatch of all rounds sheet 企业诉求办理情况 (the units' appeal rates), each under its title, header frozen. Printed, each is A4 landscape, one page wide, its title and header
/// repeated on every page, rows as tall as their wrapped texts. A dispatch has tens of lines, so the SDK writes it in memory.
/// </summary>
public static class DispatchXlsx
{
    public const string UnitsSheet = "单位排名", MeasuresSheet = "超期滞后措施", AppealsSheet = "企业诉求办理情况";

    private const uint HeaderRow = 2;

    /// <summary>Column formats of the unit table: rank, name, eight counts, the rate, the rank change, the rate's change.</summary>
    private static readonly uint?[] UnitFormats =
    [
        DispatchStyles.Count, null, DispatchStyles.Count, DispatchStyles.Count, DispatchStyles.Count, DispatchStyles.Count,
        DispatchStyles.Count, DispatchStyles.Count, DispatchStyles.Count, DispatchStyles.Count, DispatchStyles.Rate, null, DispatchStyles.RateChange,
    ];

    /// <summary>The appeals sheet: the unit, then each rate after the counts behind it.</summary>
    private static readonly uint?[] AppealFormats = AppealRatesColumns.Header
        .Select((_, c) => c == 0 ? (uint?)null : AppealRatesColumns.RateColumns.Contains(c) ? DispatchStyles.Rate : DispatchStyles.Count).ToArray();

    private static readonly uint?[] MeasureFormats = [DispatchStyles.Count, null, null, null, null, null, DispatchStyles.Count, DispatchStyles.Count];

    public static void Write(DispatchDetails dispatch, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets(), new DefinedNames());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = DispatchStyles.Build();

        var units = dispatch.Units.Select(u => DispatchComposer.UnitCells(u, dispatch.PreviousId is not null)).ToList();
        var title = $"{dispatch.Title} {DispatchComposer.ScopeOf(dispatch.Round)}";
        AddSheet(workbook, 1, UnitsSheet, title, DispatchComposer.UnitHeader, units,
            new Layout([6, 22, 8, 8, 10, 8, 6, 6, 6, 8, 10, 8, 10], UnitFormats, TextColumn: 1));
        var measures = dispatch.Measures.Select(DispatchComposer.MeasureCells).ToList();
        AddSheet(workbook, 2, MeasuresSheet, $"{dispatch.Title} 超期和滞后措施", DispatchComposer.MeasureHeader, measures,
            new Layout([6, 6, 16, 60, 30, 16, 8, 10], MeasureFormats, TextColumn: 3));
        if (dispatch.Appeals is { } appeals)
            AddSheet(workbook, 3, AppealsSheet, $"{dispatch.Title} 企业诉求办理情况（{dispatch.PeriodFrom.ToChinese()}至{dispatch.PeriodTo.ToChinese()}交办）",
                AppealRatesColumns.Header, appeals.Units.Append(appeals.Total).Select(AppealRatesColumns.Cells).ToList(),
                new Layout([.. AppealRatesColumns.Widths], AppealFormats, TextColumn: 0));
    }

    private sealed record Layout(double[] Widths, uint?[] Formats, int TextColumn);

    private static void AddSheet(WorkbookPart workbook, uint id, string name, string title, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, Layout layout)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var last = Letter(header.Count - 1);
        var data = new SheetData(
            Row(1, 28, [title], _ => LedgerStyles.Title),
            Row(HeaderRow, RowHeights.Points(header.Select((h, c) => RowHeights.Lines(h, layout.Widths[c])).Max()), header, _ => LedgerStyles.Header));
        for (var i = 0; i < rows.Count; i++)
        {
            var lines = rows[i].Select((text, c) => RowHeights.Lines(text, layout.Widths[c])).Max();
            data.Append(Row(HeaderRow + 1 + (uint)i, RowHeights.Points(lines), rows[i],
                c => c == layout.TextColumn ? LedgerStyles.Text : layout.Formats[c] ?? LedgerStyles.Centred));
        }
        part.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = HeaderRow,
                TopLeftCell = $"A{HeaderRow + 1}",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            })
            { WorkbookViewId = 0 }),
            new Columns(layout.Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
            data,
            new MergeCells(new MergeCell { Reference = $"A1:{last}1" }) { Count = 1 },
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&C第&P页，共&N页")));
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
        workbook.Workbook.DefinedNames!.Append(new DefinedName($"'{name}'!$1:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = id - 1 });
    }

    private static Row Row(uint index, double height, IReadOnlyList<string> cells, Func<int, uint> style) =>
        new(cells.Select((text, c) => Cell($"{Letter(c)}{index}", text, style(c)))) { RowIndex = index, Height = height, CustomHeight = true };

    /// <summary>A figure in a numeric column is a number in that column's format (so it sums and sorts); "—", 新增 and the rest are text.</summary>
    private static Cell Cell(string reference, string text, uint style) =>
        style >= DispatchStyles.Count && double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? new Cell { CellReference = reference, StyleIndex = style, DataType = CellValues.Number, CellValue = new CellValue(number) }
            : new Cell
            {
                CellReference = reference,
                StyleIndex = style >= DispatchStyles.Count ? LedgerStyles.Centred : style,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(text)),
            };

    private static string Letter(int column) => ((char)('A' + column)).ToString();
}
