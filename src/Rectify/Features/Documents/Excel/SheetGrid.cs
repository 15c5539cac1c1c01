using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// The first sheet of an .xlsx as texts by (row, column), both 1-based: shared and inline strings and numbers as
/// written; a merged region's text fills every cell of it, so a problem merged over its measures reads on each row.
/// </summary>
public sealed class SheetGrid
{
    private readonly Dictionary<(int Row, int Column), string> cells = [];

    private SheetGrid(string name) => Name = name;

    public string Name { get; }
    public int LastRow { get; private set; }
    public int LastColumn { get; private set; }

    public string this[int row, int column] => cells.GetValueOrDefault((row, column), "");

    public static SheetGrid Read(Stream xlsx)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(xlsx, false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException();
            var sheet = workbook.Workbook.Descendants<Sheet>().FirstOrDefault() ?? throw new InvalidDataException();
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var strings = workbook.SharedStringTablePart is { } table ? SharedStrings(table) : [];
            var grid = new SheetGrid(sheet.Name?.Value ?? LedgerColumns.SheetName);
            grid.Load(part, strings);
            return grid;
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or FileFormatException or System.Xml.XmlException)
        {
            throw RuleViolation.Invalid(DocumentsErrors.NotASheet);
        }
    }

    // The sheet is read element by element (SAX), never as a whole document: a 100,000-row sheet's DOM takes gigabytes.
    private void Load(WorksheetPart part, IReadOnlyList<string> strings)
    {
        var rowNumber = 0;
        var column = 0;
        var merges = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement) continue;
            if (reader.ElementType == typeof(Row))
            {
                rowNumber = Attribute(reader, "r") is { } index && int.TryParse(index, out var n) ? n : rowNumber + 1;
                column = 0;
            }
            else if (reader.ElementType == typeof(Cell))
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
                var text = ValueOf(cell, strings).Trim();
                if (text.Length > 0) Put(rowNumber, column, text);
            }
            else if (reader.ElementType == typeof(MergeCell) && Attribute(reader, "ref") is { } range)
            {
                merges.Add(range);
            }
        }
        foreach (var merge in merges)
            if (merge.Split(':') is [var from, var to]) FillMerged(from, to);
    }

    private static string? Attribute(OpenXmlReader reader, string name) =>
        reader.Attributes.FirstOrDefault(a => a.LocalName == name).Value;

    private static List<string> SharedStrings(SharedStringTablePart table)
    {
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(table);
        while (reader.Read())
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem)) strings.Add(Text(reader.LoadCurrentElement()!));
        return strings;
    }

    private void FillMerged(string from, string to)
    {
        var (top, left) = (RowOf(from), ColumnOf(from));
        var text = this[top, left];
        if (text.Length == 0) return;
        for (var r = top; r <= RowOf(to); r++)
            for (var c = left; c <= ColumnOf(to); c++)
                if (this[r, c].Length == 0) Put(r, c, text);
    }

    private void Put(int row, int column, string text)
    {
        cells[(row, column)] = text;
        LastRow = Math.Max(LastRow, row);
        LastColumn = Math.Max(LastColumn, column);
    }

    private static string ValueOf(Cell cell, IReadOnlyList<string> strings)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString is { } inline ? Text(inline) : "";
        var value = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value != CellValues.SharedString) return value;
        return int.TryParse(value, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
    }

    /// <summary>The visible text of a string item: its runs' texts, without phonetic guides.</summary>
    private static string Text(DocumentFormat.OpenXml.OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

    public static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) column = column * 26 + char.ToUpperInvariant(c) - 'A' + 1;
        return column;
    }

    private static int RowOf(string reference) => int.TryParse(reference.AsSpan(reference.TakeWhile(char.IsLetter).Count()), out var row) ? row : 0;
}
