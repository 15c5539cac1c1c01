namespace Rectify.Features.Documents.Excel;

/// <summary>
/// Where the ledger's header row is (the first with 具体问题 and 整改措施) and which column holds each header, in any
/// order; 序号, 整改进展, 完成情况 and 备注 may be missing, the others must be there.
/// </summary>
public sealed class SheetHeader
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

    private static readonly string[] Required =
        [Section, Problem, Measure, Kind, LeadLeader, ResponsibleLeader, ResponsibleUnit, CooperatingUnits, ResponsiblePerson, TimeLimit];

    private readonly Dictionary<string, int> columns;

    private SheetHeader(int row, Dictionary<string, int> columns)
    {
        Row = row;
        this.columns = columns;
    }

    public int Row { get; }

    public bool Has(string header) => columns.ContainsKey(header);

    /// <summary>The header row of the grid, or every reason it has none.</summary>
    public static SheetHeader Find(SheetGrid grid, List<ImportError> errors)
    {
        for (var row = 1; row <= grid.LastRow; row++)
        {
            var texts = Enumerable.Range(1, grid.LastColumn).Select(c => (Column: c, Text: Normalise(grid[row, c]))).ToList();
            if (!texts.Any(t => t.Text == Problem) || !texts.Any(t => t.Text == Measure)) continue;
            var columns = new Dictionary<string, int>();
            foreach (var (column, text) in texts.Where(t => t.Text.Length > 0)) columns.TryAdd(text, column);
            foreach (var missing in Required.Where(h => !columns.ContainsKey(h)))
                errors.Add(new ImportError(grid.Name, row, missing, string.Format(DocumentsErrors.MissingColumn, missing)));
            return new SheetHeader(row, columns);
        }
        errors.Add(new ImportError(grid.Name, 1, "", DocumentsErrors.NoHeader));
        return new SheetHeader(0, []);
    }

    /// <summary>The row's text under a header ("" when the sheet has no such column).</summary>
    public string Text(SheetGrid grid, int row, string header) => columns.TryGetValue(header, out var column) ? grid[row, column] : "";

    /// <summary>Whether a row below the header has any text in the ledger's columns.</summary>
    public bool IsBlank(SheetGrid grid, int row) => columns.Values.All(c => grid[row, c].Length == 0);

    /// <summary>Headers are often broken over lines or spaced out ("完成\n时限", "序  号").</summary>
    private static string Normalise(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
