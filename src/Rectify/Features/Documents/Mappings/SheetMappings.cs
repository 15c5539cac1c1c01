using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Documents.Excel;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Mappings;

/// <summary>
/// The saved mappings an office may use: those of units in its scope. Also turns an import's mapping — a saved one's
/// id or inline JSON — into the <see cref="ColumnMapping"/> the reader takes.
/// </summary>
public sealed class SheetMappings(RectifyDbContext db, UserScope user)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The mappings of one kind (the ledger's unless told) that the office's scope holds, by name.</summary>
    public async Task<IReadOnlyList<SheetMappingDetails>> ListAsync(CancellationToken ct, string kind = SheetMappingKind.LedgerName)
    {
        var scope = await OfficeAsync(ct);
        var rows = await db.Set<SheetMapping>().AsNoTracking().Where(m => scope.UnitIds.Contains(m.UnitId) && m.Kind == kind)
            .OrderBy(m => m.Name).ToListAsync(ct);
        return rows.Select(Details).ToList();
    }

    public async Task<SheetMappingDetails> GetAsync(Guid id, CancellationToken ct) => Details(await FindAsync(id, tracked: false, ct));

    /// <summary>Loads a mapping of the office's scope, or refuses as if there were none.</summary>
    public async Task<SheetMapping> FindAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var scope = await OfficeAsync(ct);
        var query = tracked ? db.Set<SheetMapping>() : db.Set<SheetMapping>().AsNoTracking();
        var mapping = await query.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mapping is null || !scope.InScope(mapping.UnitId)) throw new NotFoundException(DocumentsErrors.MappingNotFound);
        return mapping;
    }

    /// <summary>
    /// A saved mapping of the kind by id (another kind's is not found), else inline JSON ({"headerRow":2,"columns":{"具体问题":"C"}}),
    /// else none: the export's layout.
    /// </summary>
    public async Task<ColumnMapping?> ResolveAsync(Guid? mappingId, string? inline, CancellationToken ct, string kind = SheetMappingKind.LedgerName)
    {
        if (mappingId is { } id)
        {
            var saved = await FindAsync(id, tracked: false, ct);
            return saved.Kind == kind ? saved.ToMapping() : throw new NotFoundException(DocumentsErrors.MappingNotFound);
        }
        if (string.IsNullOrWhiteSpace(inline)) return null;
        try
        {
            var mapping = JsonSerializer.Deserialize<ColumnMapping>(inline, Json);
            return mapping is { Columns: not null } ? mapping : throw RuleViolation.Invalid(DocumentsErrors.MappingUnreadable);
        }
        catch (JsonException)
        {
            throw RuleViolation.Invalid(DocumentsErrors.MappingUnreadable);
        }
    }

    internal async Task<ScopeData> OfficeAsync(CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        return scope.Role == Role.Office ? scope : throw new ForbiddenException(PlatformErrors.Forbidden);
    }

    private static SheetMappingDetails Details(SheetMapping m) => new(m.Id, m.Name, m.HeaderRow, m.ToMapping().Columns, m.Version, m.Kind);
}
