using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Features.Documents.Excel;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>
/// A dispatch as .xlsx in the ledger's styles: sheet 单位排名 (the title, then the ranked table, its header frozen) and
/// sheet 超期滞后措施 (the worst measures, header frozen). A dispatch has tens of lines, so the SDK writes it in memory.
/// </summary>
public static class DispatchXlsx
{
    public const string UnitsSheet = "单位排名", MeasuresSheet = "超期滞后措施";

    public static void Write(DispatchDetails dispatch, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = LedgerStyles.Build();

        var units = dispatch.Units.Select(u => DispatchComposer.UnitCells(u, dispatch.PreviousId is not null)).ToList();
        var title = $"{dispatch.Title} {DispatchComposer.ScopeOf(dispatch.Round)}";
        AddSheet(workbook, 1, UnitsSheet, title, DispatchComposer.UnitHeader, units, [6, 22, 8, 8, 10, 8, 6, 6, 6, 8, 10, 8, 10], textColumn: 1);
        var measures = dispatch.Measures.Select(DispatchComposer.MeasureCells).ToList();
        AddSheet(workbook, 2, MeasuresSheet, null, DispatchComposer.MeasureHeader, measures, [6, 6, 16, 60, 30, 14, 8, 10], textColumn: 3);
    }

    private static void AddSheet(WorkbookPart workbook, uint id, string name, string? title, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, double[] widths, int textColumn)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var headerRow = title is null ? 1u : 2u;
        var data = new SheetData();
        if (title is not null) data.Append(Row(1, [title], LedgerStyles.Title));
        data.Append(Row(headerRow, header, LedgerStyles.Header));
        for (var i = 0; i < rows.Count; i++) data.Append(Row(headerRow + 1 + (uint)i, rows[i], LedgerStyles.Centred, textColumn));
        var sheet = new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = headerRow, TopLeftCell = $"A{headerRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
            data);
        if (title is not null) sheet.Append(new MergeCells(new MergeCell { Reference = $"A1:{Letter(header.Count - 1)}1" }));
        part.Worksheet = sheet;
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row Row(uint index, IReadOnlyList<string> cells, uint style, int textColumn = -1)
    {
        var row = new Row(cells.Select((text, c) => Cell($"{Letter(c)}{index}", text, c == textColumn ? LedgerStyles.Text : style))) { RowIndex = index };
        if (style == LedgerStyles.Title) (row.Height, row.CustomHeight) = (28, true);
        return row;
    }

    /// <summary>Counts and rates as numbers (so that they sum and sort), everything else as text.</summary>
    private static Cell Cell(string reference, string text, uint style) =>
        style != LedgerStyles.Header && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? new Cell { CellReference = reference, StyleIndex = style, DataType = CellValues.Number, CellValue = new CellValue(text) }
            : new Cell { CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    private static string Letter(int column) => ((char)('A' + column)).ToString();
}
