namespace Rectify.Features.Documents.Parsing;

/// <summary>A table as the text carries it: its rows of cells (half-width, paragraphs kept apart) and the line it starts on.</summary>
internal sealed record ReportTable(int FirstLine, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public string Where => ParsingMessages.Line(FirstLine);
}

/// <summary>
/// Finds the tables in a report's text: runs of at least two lines holding tabs, as a .docx table is read
/// (<see cref="DocxText"/>) or as Word copies one. Each is bounded: rows, columns and cell length are capped with a warning.
/// </summary>
internal static class ReportTables
{
    public const char CellBreak = '\u2028';
    public const int MaxRows = 2000;
    public const int MaxColumns = 30;
    public const int MaxCellLength = 4000;

    /// <summary>The tables and the numbers of the lines they take, which are not narrative.</summary>
    public static (IReadOnlyList<ReportTable> Tables, HashSet<int> Lines) Find(string text, ParseContext context)
    {
        var lines = TextNormalizer.SplitLines(text);
        var tables = new List<ReportTable>();
        var taken = new HashSet<int>();
        for (var i = 0; i < lines.Length;)
        {
            var end = i;
            while (end < lines.Length && lines[end].Contains('\t')) end++;
            if (end - i >= 2)
            {
                tables.Add(Read(lines, i, end, context));
                for (var n = i; n < end; n++) taken.Add(n + 1);
            }
            i = Math.Max(end, i + 1);
        }
        return (tables, taken);
    }

    private static ReportTable Read(string[] lines, int start, int end, ParseContext context)
    {
        var where = ParsingMessages.Line(start + 1);
        if (end - start > MaxRows)
        {
            context.Warn("TableTruncated", ParsingMessages.TableRowsCapped(end - start, MaxRows), where);
            end = start + MaxRows;
        }
        var wide = false;
        var longCells = 0;
        var rows = new List<IReadOnlyList<string>>(end - start);
        for (var i = start; i < end; i++)
        {
            var cells = lines[i].Split('\t');
            wide |= cells.Length > MaxColumns;
            rows.Add(cells.Take(MaxColumns).Select(c =>
            {
                if (c.Length <= MaxCellLength) return Cell(c);
                longCells++;
                return Cell(c[..MaxCellLength]);
            }).ToList());
        }
        if (wide) context.Warn("TableTruncated", ParsingMessages.TableColumnsCapped(MaxColumns), where);
        if (longCells > 0) context.Warn("TableTruncated", ParsingMessages.TableCellsCapped(longCells, MaxCellLength), where);
        return new ReportTable(start + 1, rows);
    }

    private static string Cell(string text) => TextNormalizer.ToHalfWidth(text).Trim();

    /// <summary>A cell's paragraphs, trimmed, without empty ones.</summary>
    public static IReadOnlyList<string> Paragraphs(string cell) =>
        cell.Split([CellBreak, '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A cell as one run of text: its paragraphs joined.</summary>
    public static string Joined(string cell) => string.Concat(Paragraphs(cell));
}
