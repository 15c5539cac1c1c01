using Rectify.Features.Documents;
using Rectify.Features.Documents.Excel;

namespace Rectify.Features.Appeals.Hotline;

/// <summary>
/// Where a hotline export's header is and which column feeds each field. Found like the ledger's: the row asked for, else
/// the first of the first 20 rows holding every header text the mapping names, else the row of the first 20 where the most
/// headers are recognised (<see cref="HotlineColumns.Known"/>). Recognised headers map themselves; a mapping's field, by
/// column letter ("C") or header text, wins over them. Every reason it does not fit is listed at once.
/// </summary>
public sealed class HotlineHeader
{
    private const int RowsSearched = 20;

    private readonly Dictionary<string, int> columns;

    private HotlineHeader(int row, Dictionary<string, int> columns) => (Row, this.columns) = (row, columns);

    public int Row { get; }

    /// <summary>Field → 1-based column.</summary>
    public IReadOnlyDictionary<string, int> Columns => columns;

    public bool Has(string field) => columns.ContainsKey(field);

    public string Text(SheetGrid grid, int row, string field) => columns.TryGetValue(field, out var column) ? grid[row, column] : "";

    public string CellName(int row, string field) => columns.TryGetValue(field, out var column) ? $"{SheetPreview.Letter(column)}{row}" : $"第{row}行";

    public bool IsBlank(SheetGrid grid, int row) => columns.Values.All(c => grid[row, c].Length == 0);

    public static HotlineHeader Read(SheetGrid grid, ColumnMapping? mapping, List<ImportError> errors)
    {
        var sources = (mapping?.Columns ?? new Dictionary<string, string>()).Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key, c => SheetHeader.Normalise(c.Value));
        var row = mapping?.HeaderRow is > 0 ? mapping.HeaderRow : RowOfTexts(grid, sources) ?? LikelyRow(grid);
        if (row < 1 || row > grid.LastRow)
        {
            errors.Add(new ImportError(grid.Name, Math.Max(row, 1), "", row == 0 ? AppealErrors.HotlineNoHeader : AppealErrors.HotlineHeaderRowOutside));
            return new HotlineHeader(0, []);
        }
        var found = new Dictionary<string, int>();
        for (var column = 1; column <= grid.LastColumn; column++)
            if (HotlineColumns.Recognise(grid[row, column]) is { } field) found.TryAdd(field, column);
        foreach (var (field, source) in sources)
        {
            if (!HotlineColumns.Fields.Contains(field))
                errors.Add(new ImportError(grid.Name, row, field, string.Format(AppealErrors.HotlineUnknownField, field)));
            else if (SheetHeader.ColumnIn(grid, row, source) is { } column) found[field] = column;
            else errors.Add(new ImportError(grid.Name, row, field, string.Format(AppealErrors.HotlineColumnMissing, source, field)));
        }
        foreach (var missing in HotlineColumns.Required.Where(f => !found.ContainsKey(f)))
            errors.Add(new ImportError(grid.Name, row, missing, string.Format(AppealErrors.HotlineMissingColumn, missing, HotlineColumns.HeadersOf(missing))));
        return new HotlineHeader(row, found);
    }

    /// <summary>The first row holding every header text the mapping names (letters say nothing of the header's row).</summary>
    private static int? RowOfTexts(SheetGrid grid, Dictionary<string, string> sources)
    {
        var texts = sources.Values.Where(s => !SheetHeader.IsColumnLetter(s)).ToList();
        if (texts.Count == 0) return null;
        return Enumerable.Range(1, Math.Min(RowsSearched, grid.LastRow)).Cast<int?>()
            .FirstOrDefault(r => texts.All(t => Enumerable.Range(1, grid.LastColumn).Any(c => SheetHeader.Normalise(grid[r!.Value, c]) == t)));
    }

    /// <summary>The row of the first 20 with the most recognised headers (two at least), the first of equals; else 0.</summary>
    private static int LikelyRow(SheetGrid grid)
    {
        var best = (Row: 0, Count: 1);
        for (var row = 1; row <= Math.Min(RowsSearched, grid.LastRow); row++)
        {
            var count = Enumerable.Range(1, grid.LastColumn).Select(c => HotlineColumns.Recognise(grid[row, c])).OfType<string>().Distinct().Count();
            if (count > best.Count) best = (row, count);
        }
        return best.Row;
    }
}
