using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Features.Rounds.Ledger;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// Writes the ledger sheet forward-only: rows go out as they come, one problem at a time (its measures are held
/// until the next problem starts, to merge its cells and size its rows); only the merge ranges are kept to the end.
/// </summary>
public sealed class LedgerSheet : IDisposable
{
    private readonly uint headerRow;
    private readonly ZipArchive zip;
    private readonly Stream entry;
    private readonly OpenXmlWriter writer;
    private readonly bool withRound;
    private readonly List<string> merges = [];
    private readonly List<LedgerRow> problem = [];
    private uint nextRow;
    private int problemNumber;

    /// <param name="note">A line under the title (the uncertain calendar), or null: the header then follows the title.</param>
    public LedgerSheet(Stream output, string title, bool withRound, string? note = null)
    {
        this.withRound = withRound;
        headerRow = note is null ? 2u : 3u;
        nextRow = headerRow + 1;
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        XlsxPackage.WriteFrame(zip, LedgerStyles.Build());
        entry = zip.CreateEntry(XlsxPackage.SheetEntry, CompressionLevel.Fastest).Open();
        writer = OpenXmlWriter.Create(entry);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = headerRow, TopLeftCell = $"A{nextRow}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{nextRow}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{nextRow}" } })
        { WorkbookViewId = 0 }));
        var idColumn = (uint)LedgerColumns.All.Count + 1;
        writer.WriteElement(new Columns(LedgerColumns.All.Select((c, i) =>
            new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })
            .Append(new Column { Min = idColumn, Max = idColumn, Width = LedgerColumns.IdWidth, CustomWidth = true, Hidden = true })));
        writer.WriteStartElement(new SheetData());
        WriteRow(1, 30, LedgerColumns.All.Select((_, i) => i == 0 ? title : ""), _ => LedgerStyles.Title);
        merges.Add($"A1:{LedgerColumns.LastColumn}1");
        if (note is not null)
        {
            WriteRow(2, RowHeights.Points(RowHeights.Lines(note, LedgerColumns.All.Sum(c => c.Width))), [note], _ => LedgerStyles.Note);
            merges.Add($"A2:{LedgerColumns.LastColumn}2");
        }
        var headerLines = LedgerColumns.All.Max(c => RowHeights.Lines(c.Header, c.Width));
        WriteRow(headerRow, RowHeights.Points(headerLines), LedgerColumns.All.Select(c => c.Header).Append(LedgerColumns.IdHeader),
            _ => LedgerStyles.Header);
    }

    /// <summary>Rows in outline order: a problem's measures follow one another.</summary>
    public void Append(IEnumerable<LedgerRow> rows)
    {
        foreach (var row in rows)
        {
            if (problem.Count > 0 && problem[0].ProblemId != row.ProblemId) WriteProblem();
            problem.Add(row);
        }
    }

    public void Finish()
    {
        WriteProblem();
        writer.WriteEndElement();
        var last = Math.Max(nextRow - 1, headerRow);
        writer.WriteElement(new AutoFilter { Reference = $"A{headerRow}:{LedgerColumns.LastColumn}{last}" });
        writer.WriteElement(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        writer.WriteElement(new PrintOptions { HorizontalCentered = true });
        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        writer.WriteElement(new HeaderFooter(new OddFooter("&C第&P页，共&N页")));
        writer.WriteEndElement();
        writer.Dispose();
        entry.Dispose();
        XlsxPackage.WriteWorkbook(zip, LedgerColumns.SheetName,
            $"$A${headerRow}:${LedgerColumns.LastColumn}${last}", $"$1:${headerRow}");
        zip.Dispose();
    }

    private void WriteProblem()
    {
        if (problem.Count == 0) return;
        problemNumber++;
        var first = problem[0];
        var problemCells = new[] { problemNumber.ToString(), LedgerColumns.Section(first, withRound), first.ProblemLabel + first.ProblemTitle };
        var measureCells = problem.Select(r => LedgerColumns.MeasureCells(r).ToArray()).ToList();
        var lines = measureCells.Select(cells => cells.Select((text, i) => RowHeights.Lines(text, Width(i + LedgerColumns.ProblemColumns))).Max()).ToList();
        var problemLines = problemCells.Select((text, i) => RowHeights.Lines(text, Width(i))).Max();
        var extra = (int)Math.Ceiling(Math.Max(0, problemLines - lines.Sum()) / (double)lines.Count);

        var start = nextRow;
        for (var i = 0; i < problem.Count; i++)
        {
            // The id is left out of the row's height: the narrow hidden column would make every row tall.
            var cells = (i == 0 ? problemCells : ["", "", ""]).Concat(measureCells[i]).Append(LedgerColumns.IdCell(problem[i]));
            WriteRow(nextRow++, RowHeights.Points(lines[i] + extra), cells, StyleOf);
        }
        if (problem.Count > 1)
            for (var c = 1; c <= LedgerColumns.ProblemColumns; c++)
                merges.Add($"{LedgerColumns.ColumnName(c)}{start}:{LedgerColumns.ColumnName(c)}{nextRow - 1}");
        problem.Clear();
    }

    private static double Width(int column) => LedgerColumns.All[column].Width;

    private static uint StyleOf(int column) =>
        column < LedgerColumns.All.Count && LedgerColumns.All[column].Centred ? LedgerStyles.Centred : LedgerStyles.Text;

    // A cell's elements are written with their attributes rather than built as objects: a round's 45,000 cells took half
    // the export's time as objects.
    private static readonly Cell CellElement = new();
    private static readonly InlineString InlineElement = new();
    private static readonly Text TextElement = new();
    private static readonly OpenXmlAttribute[] Preserve = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];

    private void WriteRow(uint index, double height, IEnumerable<string> texts, Func<int, uint> style)
    {
        writer.WriteStartElement(new Row { RowIndex = index, Height = height, CustomHeight = true });
        var column = 0;
        var row = index.ToString(CultureInfo.InvariantCulture);
        foreach (var text in texts)
        {
            var reference = new OpenXmlAttribute("r", "", LedgerColumns.ColumnName(column + 1) + row);
            var styleIndex = new OpenXmlAttribute("s", "", style(column).ToString(CultureInfo.InvariantCulture));
            if (text.Length == 0) writer.WriteStartElement(CellElement, [reference, styleIndex]);
            else
            {
                writer.WriteStartElement(CellElement, [reference, styleIndex, new OpenXmlAttribute("t", "", "inlineStr")]);
                writer.WriteStartElement(InlineElement);
                writer.WriteStartElement(TextElement, Preserve);
                writer.WriteString(Printable(text));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            column++;
        }
        writer.WriteEndElement();
    }

    /// <summary>XML cannot carry control characters; a pasted one must not break the whole export.</summary>
    private static string Printable(string text) =>
        text.Any(c => c < ' ' && c is not '\n' and not '\t') ? new string(text.Where(c => c >= ' ' || c is '\n' or '\t').ToArray()) : text;

    public void Dispose()
    {
        writer.Dispose();
        entry.Dispose();
        zip.Dispose();
    }
}
