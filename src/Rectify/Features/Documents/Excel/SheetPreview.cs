namespace Rectify.Features.Documents.Excel;

/// <summary>A sheet's header cells and first rows, so a clerk can say which of its columns feeds which field.</summary>
/// <param name="SplittableCells">Cells below the header holding "一是…；二是…", which the import splits unless told not to.</param>
public sealed record SheetPreview(int HeaderRow, bool ExportLayout, IReadOnlyList<PreviewColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Samples,
    int SplittableCells = 0)
{
    public const int SampleRows = 5;

    /// <summary>
    /// The header is the row asked for, else the export's header if the sheet has one, else the first row that looks like
    /// a header: of the first 20 rows, the first filled at least half as wide as the widest (a title row above it is not).
    /// </summary>
    public static SheetPreview Read(Stream xlsx, int? headerRow, Rectify.Platform.Files.FilesOptions? limits = null)
    {
        var grid = SheetGrid.Read(xlsx, limits);
        var errors = new List<ImportError>();
        var found = SheetHeader.Find(grid, errors);
        var row = headerRow is > 0 ? headerRow.Value : found.Row > 0 ? found.Row : LikelyHeader(grid);
        var columns = Enumerable.Range(1, grid.LastColumn).Select(c => new PreviewColumn(Letter(c), grid[row, c])).ToList();
        var samples = Enumerable.Range(row + 1, Math.Max(0, Math.Min(SampleRows, grid.LastRow - row)))
            .Select(r => (IReadOnlyList<string>)Enumerable.Range(1, grid.LastColumn).Select(c => grid[r, c]).ToList()).ToList();
        var splittable = Enumerable.Range(row + 1, Math.Max(0, grid.LastRow - row))
            .Sum(r => Enumerable.Range(1, grid.LastColumn).Select(c => grid[r, c]).Distinct().Count(MeasureSplit.Applies));
        return new SheetPreview(row, found.Row == row && errors.Count == 0, columns, samples, splittable);
    }

    private static int LikelyHeader(SheetGrid grid)
    {
        var widths = Enumerable.Range(1, Math.Min(20, grid.LastRow))
            .Select(r => (Row: r, Filled: Enumerable.Range(1, grid.LastColumn).Count(c => grid[r, c].Length > 0))).ToList();
        var widest = widths.Select(w => w.Filled).DefaultIfEmpty(0).Max();
        return widths.FirstOrDefault(w => w.Filled >= Math.Max(2, (widest + 1) / 2)) is { Row: > 0 } header ? header.Row : 1;
    }

    public static string Letter(int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26) letters = (char)('A' + (column - 1) % 26) + letters;
        return letters;
    }
}

public sealed record PreviewColumn(string Letter, string Header);
