using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Platform.Files;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// The first sheet of an .xlsx as texts by (row, column), both 1-based: shared and inline strings and numbers as
/// written; a merged region's text fills every cell of it, so a problem merged over its measures reads on each row.
/// Bounded (<see cref="FilesOptions"/>): the package passes the <see cref="ArchiveGuard"/> first; rows, columns,
/// characters per cell and per sheet, and cells are capped; a merged region is clipped to the cells that hold data.
/// </summary>
public sealed class SheetGrid
{
    // Rows above the table (title, date, header) beyond the row limit, which counts the rows of the table.
    private const int RowsAboveTable = 100;

    private readonly Dictionary<(int Row, int Column), string> cells = [];
    private readonly FilesOptions limits;
    private long characters;

    private SheetGrid(string name, FilesOptions limits) => (Name, this.limits) = (name, limits);

    public string Name { get; }
    public int LastRow { get; private set; }
    public int LastColumn { get; private set; }

    public string this[int row, int column] => cells.GetValueOrDefault((row, column), "");

    public static SheetGrid Read(Stream xlsx, FilesOptions? limits = null)
    {
        limits ??= new FilesOptions();
        using var copy = xlsx.CanSeek ? null : new MemoryStream();
        if (copy is not null)
        {
            xlsx.CopyTo(copy);
            copy.Position = 0;
        }
        var seekable = copy ?? xlsx;
        try
        {
            ArchiveGuard.Check(seekable, limits);
            using var document = SpreadsheetDocument.Open(seekable, false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException();
            var sheet = workbook.Workbook?.Descendants<Sheet>().FirstOrDefault() ?? throw new InvalidDataException();
            var part = sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart found ? found : throw new InvalidDataException();
            var grid = new SheetGrid(sheet.Name?.Value ?? LedgerColumns.SheetName, limits);
            var strings = workbook.SharedStringTablePart is { } table ? grid.SharedStrings(table) : [];
            grid.Load(part, strings);
            return grid;
        }
        catch (RuleViolation refused) when (refused.Message == FileErrors.NotAnArchive)
        {
            throw RuleViolation.Invalid(DocumentsErrors.NotASheet);
        }
        // The SDK reports a malformed package or part with any of these; each is a file we cannot read, not a fault of ours.
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or FileFormatException or System.Xml.XmlException
            or ArgumentException or KeyNotFoundException or InvalidCastException or FormatException or OverflowException or NotSupportedException
            or InvalidOperationException)
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
                if (text.Length > 0) Add(rowNumber, column, text);
            }
            else if (reader.ElementType == typeof(SheetDimension) && Attribute(reader, "ref") is { } used
                && used.Split(':') is [_, var end] && RowOf(end) > limits.MaxRows + RowsAboveTable)
            {
                // Excel states the used range first: a sheet far over the row limit is refused before its rows are read.
                throw Refused(FileErrors.TooManyRows, limits.MaxRows);
            }
            else if (reader.ElementType == typeof(MergeCell) && Attribute(reader, "ref") is { } range)
            {
                merges.Add(range);
            }
        }
        foreach (var merge in merges)
            if (merge.Split(':') is [var from, var to]) FillMerged(from, to);
    }

    /// <summary>A cell read from the sheet, refused past the row, column and character limits.</summary>
    private void Add(int row, int column, string text)
    {
        if (row > limits.MaxRows + RowsAboveTable || row < 1) throw Refused(FileErrors.TooManyRows, limits.MaxRows);
        if (column > limits.MaxColumns || column < 1) throw Refused(FileErrors.TooManyColumns, SheetPreview.Letter(Math.Clamp(column, 1, 16_384)), limits.MaxColumns);
        if (text.Length > limits.MaxCellCharacters) throw Refused(FileErrors.CellTooLong, row, SheetPreview.Letter(column), limits.MaxCellCharacters);
        characters += text.Length;
        if (characters > limits.MaxSheetCharacters) throw Refused(FileErrors.SheetTooLong, limits.MaxSheetCharacters);
        Put(row, column, text);
    }

    private static RuleViolation Refused(string format, params object[] values) => RuleViolation.Invalid(string.Format(format, values));

    private static string? Attribute(OpenXmlReader reader, string name) =>
        reader.Attributes.FirstOrDefault(a => a.LocalName == name).Value;

    private List<string> SharedStrings(SharedStringTablePart table)
    {
        var strings = new List<string>();
        long total = 0;
        using var reader = OpenXmlReader.Create(table);
        while (reader.Read())
        {
            if (!reader.IsStartElement || reader.ElementType != typeof(SharedStringItem)) continue;
            var text = Text(reader.LoadCurrentElement()!);
            if (text.Length > limits.MaxCellCharacters) throw Refused(FileErrors.SharedTextTooLong, limits.MaxCellCharacters);
            total += text.Length;
            if (total > limits.MaxSheetCharacters) throw Refused(FileErrors.SheetTooLong, limits.MaxSheetCharacters);
            strings.Add(text);
        }
        return strings;
    }

    // Clipped to the cells that hold data (never expanded over an empty A1:XFD1048576), and counted against the cell limit.
    private void FillMerged(string from, string to)
    {
        var (top, left) = (RowOf(from), ColumnOf(from));
        var (bottom, right) = (Math.Min(RowOf(to), LastRow), Math.Min(ColumnOf(to), LastColumn));
        if (top < 1 || left < 1) return;
        var text = this[top, left];
        if (text.Length == 0) return;
        for (var r = top; r <= bottom; r++)
            for (var c = left; c <= right; c++)
                if (this[r, c].Length == 0) Put(r, c, text);
    }

    private void Put(int row, int column, string text)
    {
        if (cells.Count >= limits.MaxCells) throw Refused(FileErrors.TooManyCells, limits.MaxCells);
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

    /// <summary>The 1-based column of a reference such as "AB12"; past Excel's XFD, int.MaxValue (refused by the caller).</summary>
    public static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = column * 26 + char.ToUpperInvariant(c) - 'A' + 1;
            if (column > 16_384) return int.MaxValue;
        }
        return column;
    }

    private static int RowOf(string reference) => int.TryParse(reference.AsSpan(reference.TakeWhile(char.IsLetter).Count()), out var row) ? row : 0;
}
