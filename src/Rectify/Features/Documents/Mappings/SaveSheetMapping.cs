using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Mappings;

/// <summary>The office saves a mapping for its unit under a name unique there for its kind, or changes one (a stale version is refused).</summary>
public sealed class SaveSheetMapping(RectifyDbContext db, SheetMappings mappings, SheetMappingKinds kinds)
{
    public async Task<Guid> CreateAsync(SheetMappingInput input, CancellationToken ct)
    {
        var scope = await mappings.OfficeAsync(ct);
        var mapping = new SheetMapping(scope.UnitId, input.Name ?? "", input.ToMapping(), kinds.Get(input.Kind));
        await RequireFreeNameAsync(mapping, ct);
        db.Add(mapping);
        await db.SaveChangesAsync(ct);
        return mapping.Id;
    }

    public async Task UpdateAsync(Guid id, SheetMappingInput input, CancellationToken ct)
    {
        var mapping = await mappings.FindAsync(id, tracked: true, ct);
        if (input.Version is not { } version) throw RuleViolation.Invalid(Rounds.RoundsErrors.VersionRequired);
        db.ExpectVersion(mapping, version);
        mapping.Update(input.Name ?? "", input.ToMapping(), kinds.Get(mapping.Kind));
        await RequireFreeNameAsync(mapping, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task RequireFreeNameAsync(SheetMapping mapping, CancellationToken ct)
    {
        if (await db.Set<SheetMapping>().AnyAsync(m => m.UnitId == mapping.UnitId && m.Kind == mapping.Kind && m.Name == mapping.Name && m.Id != mapping.Id, ct))
            throw RuleViolation.Invalid(DocumentsErrors.MappingNameTaken);
    }
}
