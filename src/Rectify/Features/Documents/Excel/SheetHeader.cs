using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// Where a ledger's header row is and which column holds each field. Found by the export's header texts in any order
/// (序号, 整改进展, 完成情况 and 备注 may be missing, the others must be there), or given by a user's column mapping
/// (only 具体问题 and 整改措施 are required). A 编号 header is always picked up: it carries the export's measure ids.
/// </summary>
public sealed partial class SheetHeader
{
    public const string Number = "序号";
    public const string Section = "方面/类别";
    public const string Problem = "具体问题";
    public const string Measure = "整改措施";
    public const string Kind = "措施类型";
    public const string LeadLeader = "牵头领导";
    public const string ResponsibleLeader = "责任领导";
    public const string ResponsibleUnit = "责任单位";
    public const string CooperatingUnits = "配合单位";
    public const string ResponsiblePerson = "责任人";
    public const string TimeLimit = "完成时限";
    public const string Progress = "整改进展";
    public const string Completion = "完成情况";
    public const string Id = LedgerColumns.IdHeader;

    /// <summary>Other headers offices give the progress and status columns, read as ours in the export's layout.</summary>
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["进展情况"] = Progress,
        ["整改进展情况"] = Progress,
        ["整改情况"] = Progress,
        ["整改完成情况"] = Completion,
    };

    /// <summary>Every field a sheet can feed, in the export's order.</summary>
    public static readonly IReadOnlyList<string> Fields = LedgerColumns.All.Select(c => c.Header).ToList();

    /// <summary>Fields a mapping must give; the rest may be left out (措施类型 then follows from 完成时限).</summary>
    public static readonly IReadOnlyList<string> MappingRequired = [Problem, Measure];

    private static readonly string[] Required =
        [Section, Problem, Measure, Kind, LeadLeader, ResponsibleLeader, ResponsibleUnit, CooperatingUnits, ResponsiblePerson, TimeLimit];

    private readonly Dictionary<string, int> columns;

    private SheetHeader(int row, Dictionary<string, int> columns)
    {
        Row = row;
        this.columns = columns;
    }

    public int Row { get; }

    /// <summary>The table's first column: a category row may stand alone in it.</summary>
    public int FirstColumn => columns.Count == 0 ? 1 : columns.Where(c => c.Key != Id).Select(c => c.Value).DefaultIfEmpty(1).Min();

    /// <summary>Whether the sheet is an export of ours (its hidden 编号 column): its rows are one measure each.</summary>
    public bool IsExport => columns.ContainsKey(Id);

    /// <summary>The cell's name, E7, for a field on a row.</summary>
    public string CellName(int row, string header) =>
        columns.TryGetValue(header, out var column) ? $"{LedgerColumns.ColumnName(column)}{row}" : $"第{row}行";

    public bool Has(string header) => columns.ContainsKey(header);

    /// <summary>The fields this sheet states; on an update, a field it leaves out keeps the measure's value.</summary>
    public IReadOnlySet<string> Present => columns.Keys.ToHashSet();

    /// <summary>The header row of the grid in the export's layout, or every reason it has none.</summary>
    public static SheetHeader Find(SheetGrid grid, List<ImportError> errors)
    {
        for (var row = 1; row <= grid.LastRow; row++)
        {
            var texts = Texts(grid, row);
            if (!texts.Any(t => t.Text == Problem) || !texts.Any(t => t.Text == Measure)) continue;
            var columns = new Dictionary<string, int>();
            foreach (var (column, text) in texts.Where(t => t.Text.Length > 0)) columns.TryAdd(Aliases.GetValueOrDefault(text, text), column);
            foreach (var missing in Required.Where(h => !columns.ContainsKey(h)))
                errors.Add(new ImportError(grid.Name, row, missing, string.Format(DocumentsErrors.MissingColumn, missing)));
            return new SheetHeader(row, columns);
        }
        errors.Add(new ImportError(grid.Name, 1, "", DocumentsErrors.NoHeader));
        return new SheetHeader(0, []);
    }

    /// <summary>The header a user's mapping describes, or every reason it does not fit the sheet.</summary>
    public static SheetHeader Map(SheetGrid grid, ColumnMapping mapping, List<ImportError> errors)
    {
        if (mapping.HeaderRow == 0)
        {
            if (FindMappedRow(grid, mapping) is { } found) mapping = mapping with { HeaderRow = found };
            else
            {
                errors.Add(new ImportError(grid.Name, 1, "", DocumentsErrors.MappedHeaderNotFound));
                return new SheetHeader(0, []);
            }
        }
        if (mapping.HeaderRow < 1 || mapping.HeaderRow > grid.LastRow)
        {
            errors.Add(new ImportError(grid.Name, mapping.HeaderRow, "", DocumentsErrors.HeaderRowOutside));
            return new SheetHeader(0, []);
        }
        var texts = Texts(grid, mapping.HeaderRow);
        var columns = new Dictionary<string, int>();
        foreach (var (field, source) in mapping.Columns.Where(c => !string.IsNullOrWhiteSpace(c.Value)))
        {
            if (!Fields.Contains(field) && field != Id)
                errors.Add(new ImportError(grid.Name, mapping.HeaderRow, field, string.Format(DocumentsErrors.UnknownField, field)));
            else if (ColumnOf(source, texts) is { } column) columns[field] = column;
            else errors.Add(new ImportError(grid.Name, mapping.HeaderRow, field, string.Format(DocumentsErrors.MappedColumnMissing, source.Trim(), field)));
        }
        foreach (var missing in MappingRequired.Where(f => !mapping.Columns.TryGetValue(f, out var s) || string.IsNullOrWhiteSpace(s)))
            errors.Add(new ImportError(grid.Name, mapping.HeaderRow, missing, string.Format(DocumentsErrors.MappingMissing, missing)));
        if (!columns.ContainsKey(Id) && texts.FirstOrDefault(t => t.Text == Id) is { Column: > 0 } id) columns[Id] = id.Column;
        return new SheetHeader(mapping.HeaderRow, columns);
    }

    /// <summary>
    /// The header row of a mapping that does not say: the first of the first 20 rows holding every mapped header text and
    /// text in every required column given by letter (a title row above the header has neither).
    /// </summary>
    private static int? FindMappedRow(SheetGrid grid, ColumnMapping mapping)
    {
        var sources = mapping.Columns.Where(c => !string.IsNullOrWhiteSpace(c.Value)).Select(c => (Field: c.Key, Source: Normalise(c.Value))).ToList();
        if (sources.Count == 0) return null;
        for (var row = 1; row <= Math.Min(grid.LastRow, 20); row++)
        {
            var texts = Texts(grid, row);
            bool Fits((string Field, string Source) s) => Letters().IsMatch(s.Source)
                ? !MappingRequired.Contains(s.Field) || grid[row, SheetGrid.ColumnOf(s.Source)].Length > 0
                : texts.Any(t => t.Text == s.Source);
            if (sources.All(Fits)) return row;
        }
        return null;
    }

    /// <summary>The row's text under a header ("" when the sheet has no such column).</summary>
    public string Text(SheetGrid grid, int row, string header) => columns.TryGetValue(header, out var column) ? grid[row, column] : "";

    /// <summary>Whether a row below the header has any text in the ledger's columns (the hidden id alone does not count).</summary>
    public bool IsBlank(SheetGrid grid, int row) => columns.Where(c => c.Key != Id).All(c => grid[row, c.Value].Length == 0);

    /// <summary>The column a mapping's source names in a header row: "C" is a column letter, anything else a header text.</summary>
    public static int? ColumnIn(SheetGrid grid, int row, string source) => ColumnOf(source, Texts(grid, row));

    /// <summary>Whether a mapping's source is a column letter ("C", "AB") rather than a header text.</summary>
    public static bool IsColumnLetter(string source) => Letters().IsMatch(source);

    /// <summary>"C" is a column letter; anything else is a header text in the header row.</summary>
    private static int? ColumnOf(string source, List<(int Column, string Text)> texts)
    {
        var wanted = Normalise(source);
        if (Letters().IsMatch(wanted)) return SheetGrid.ColumnOf(wanted);
        return texts.FirstOrDefault(t => t.Text == wanted && t.Text.Length > 0) is { Column: > 0 } found ? found.Column : null;
    }

    private static List<(int Column, string Text)> Texts(SheetGrid grid, int row) =>
        Enumerable.Range(1, grid.LastColumn).Select(c => (Column: c, Text: Normalise(grid[row, c]))).ToList();

    /// <summary>Headers are often broken over lines or spaced out ("完成\n时限", "序  号").</summary>
    public static string Normalise(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    [GeneratedRegex("^[A-Za-z]{1,3}$")]
    private static partial Regex Letters();
}
