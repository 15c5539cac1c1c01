using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Units;

/// <summary>The new parent; none puts the unit at the top of the tree.</summary>
public sealed record MoveUnitInput(Guid? ParentId);

/// <summary>Moves a unit with everything under it; the scopes of their users follow.</summary>
public sealed class MoveUnit(RectifyDbContext db)
{
    public async Task HandleAsync(Guid id, MoveUnitInput input, CancellationToken ct)
    {
        var unit = await db.Set<Unit>().SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException(AdminErrors.UnitNotFound);
        var parent = await SiblingNames.ParentAsync(db, input.ParentId, ct);
        if (parent?.Id == unit.ParentId) return;
        var descendants = await db.Set<Unit>().Where(u => u.Path.StartsWith(unit.Path) && u.Id != unit.Id).ToListAsync(ct);
        unit.MoveUnder(parent, descendants);
        await SiblingNames.RequireUniqueAsync(db, parent?.Id, unit.Name, unit.Id, ct);
        await db.SaveChangesAsync(ct);
    }
}
