using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Units;

/// <summary>Retires a unit; units are never deleted, since rounds and history name them.</summary>
public sealed class DeactivateUnit(RectifyDbContext db)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var unit = await db.Set<Unit>().SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException(AdminErrors.UnitNotFound);
        if (!unit.IsActive) return;
        var activeUsers = await db.Users.CountAsync(u => u.UnitId == id && u.IsActive, ct);
        var activeChildren = await db.Set<Unit>().CountAsync(u => u.ParentId == id && u.IsActive, ct);
        unit.Deactivate(activeUsers, activeChildren);
        await db.SaveChangesAsync(ct);
    }
}
