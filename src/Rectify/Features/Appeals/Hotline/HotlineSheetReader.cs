using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Features.Documents;
using Rectify.Features.Documents.Excel;
using Rectify.Platform;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals.Hotline;

/// <summary>
/// Reads a 12345 hotline export for the office: the first sheet through Documents' bounded <see cref="SheetGrid"/> (the
/// package checked before it is opened, rows, cells and characters capped), its header found or mapped, every row checked,
/// and the records this office's unit imported before (same 工单编号) told apart. Writes nothing.
/// </summary>
public sealed class HotlineSheetReader(RectifyDbContext db, UserScope user, IOptions<RectifyOptions> options, TimeProvider time)
{
    public async Task<HotlineReading> ReadAsync(Stream xlsx, ColumnMapping? mapping, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        var grid = SheetGrid.Read(xlsx, options.Value.Files);
        var errors = new List<ImportError>();
        var header = HotlineHeader.Read(grid, mapping, errors);
        if (errors.Count > 0) throw new HotlineSheetRefused(errors) { Recognised = header.Columns };

        var units = await db.Set<Unit>().AsNoTracking().Where(u => scope.UnitIds.Contains(u.Id) && u.IsActive)
            .OrderBy(u => u.Path.Length).ToListAsync(ct);
        // A sheet names a few units many times: each name is matched against the scope's units once.
        var known = new Dictionary<string, Guid?>();
        Guid? UnitOf(string name)
        {
            if (!known.TryGetValue(name, out var id)) known[name] = id = units.FirstOrDefault(u => u.Matches(name))?.Id;
            return id;
        }
        var rows = new HotlineRows(grid, header, UnitOf, time.GetUtcNow()).Read();
        if (rows.RowCount == 0) throw RuleViolation.Invalid(AppealErrors.HotlineNoRows);
        var imported = await ImportedAsync(Caller(scope.UnitId), rows.Records.Select(r => r.RecordNo).ToList(), ct);
        return new HotlineReading(scope, header, rows.RowCount, rows.Records, rows.Errors, imported);
    }

    /// <summary>The idempotency key's caller: the office's unit, so any of its clerks re-importing a record finds it.</summary>
    public static string Caller(Guid ownerUnitId) => $"hotline12345:{ownerUnitId:N}";

    private async Task<HashSet<string>> ImportedAsync(string caller, List<string> recordNos, CancellationToken ct)
    {
        var found = new HashSet<string>();
        // In chunks: a parameter list of 100,000 record numbers is beyond what either database takes in one IN.
        foreach (var chunk in recordNos.Chunk(1000))
            found.UnionWith(await db.Set<Appeal>().AsNoTracking().Where(a => a.ExternalCaller == caller && chunk.Contains(a.ExternalId!))
                .Select(a => a.ExternalId!).ToListAsync(ct));
        return found;
    }
}

/// <summary>A read sheet: who reads it, its header, how many rows it holds, the good records, every error, the records imported before.</summary>
public sealed record HotlineReading(
    ScopeData Scope, HotlineHeader Header, int Rows, IReadOnlyList<HotlineRecord> Records, IReadOnlyList<ImportError> Errors,
    IReadOnlySet<string> AlreadyImported)
{
    public IEnumerable<HotlineRecord> New => Records.Where(r => !AlreadyImported.Contains(r.RecordNo));

    public int RowsWithErrors => Errors.Select(e => e.Row).Distinct().Count();
}

/// <summary>A hotline sheet refused as a whole (422): every error, each with its sheet row.</summary>
public sealed class HotlineSheetRefused(IReadOnlyList<ImportError> errors)
    : RuleViolation(string.Format(AppealErrors.HotlineHasErrors, errors.Count), StatusCodes.Status422UnprocessableEntity)
{
    public IReadOnlyList<ImportError> Items { get; } = errors;

    /// <summary>The columns the header did name (field → column), so the page can show what is left to map.</summary>
    public IReadOnlyDictionary<string, int> Recognised { get; init; } = new Dictionary<string, int>();

    public override IReadOnlyList<object>? Errors => Items;
}
