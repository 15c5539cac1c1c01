using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// Reads a ledger sheet into checked lines, for a new round or an existing one: the export's layout, or a user's own
/// sheet through a column mapping. Every error of every row is collected and refused at once (<see cref="ImportErrors"/>).
/// </summary>
public sealed class LedgerSheetReader(RectifyDbContext db, IOptions<RectifyOptions> options)
{
    public async Task<SheetLines> ReadAsync(
        Stream xlsx, ColumnMapping? mapping, ScopeData scope, ImportProgress progress, CancellationToken ct)
    {
        progress.Report(ImportProgress.Reading, 0, 0);
        var grid = SheetGrid.Read(xlsx, options.Value.Files);
        var units = await db.Set<Unit>().AsNoTracking().Where(u => scope.UnitIds.Contains(u.Id) && u.IsActive)
            .OrderBy(u => u.Path.Length).ToListAsync(ct);
        var errors = new List<ImportError>();
        var header = mapping is null ? SheetHeader.Find(grid, errors) : SheetHeader.Map(grid, mapping, errors);
        if (errors.Count > 0) throw new ImportErrors(errors);
        // A sheet names a few units many times: each name is matched against the scope's units once.
        var known = new Dictionary<string, Guid?>();
        Guid? UnitOf(string name)
        {
            if (!known.TryGetValue(name, out var id)) known[name] = id = units.FirstOrDefault(u => u.Matches(name))?.Id;
            return id;
        }
        var rows = new SheetRows(grid, header, UnitOf, errors)
        {
            OnRow = (row, done, total) => progress.Report(ImportProgress.Checking(row), done, total),
            SplitNumbered = mapping?.SplitNumbered,
        };
        var lines = rows.Read();
        if (errors.Count > 0) throw new ImportErrors(errors);
        return new SheetLines(grid.Name, lines, header.Present, rows.LeftOut) { FromExport = header.IsExport };
    }
}

/// <summary>A sheet's checked lines, which of our fields its columns state, and the rows below the table left out.</summary>
public sealed record SheetLines(string Sheet, IReadOnlyList<SheetLine> Lines, IReadOnlySet<string> Fields, IReadOnlyList<LeftOutRow> LeftOut)
{
    /// <summary>Our own export (it has the hidden 编号 column): its cells carry every label the round has.</summary>
    public bool FromExport { get; init; }

    /// <summary>Rows whose one 整改措施 cell became several measures, and how many measures they became.</summary>
    public (int Rows, int Measures) Split =>
        (Lines.Where(l => l.SplitOf > 1).Select(l => l.Row).Distinct().Count(), Lines.Count(l => l.SplitOf > 1));
}
