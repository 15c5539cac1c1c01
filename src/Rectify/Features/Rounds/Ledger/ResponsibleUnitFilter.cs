using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>A unit filter as the ledger applies it: measures whose responsible unit is that unit or one under it.</summary>
public static class ResponsibleUnitFilter
{
    public static async Task<IQueryable<Measure>> WithinAsync(this IQueryable<Measure> measures, RectifyDbContext db, Guid unitId, CancellationToken ct)
    {
        var units = await UnitsWithinAsync(db, unitId, ct);
        return measures.Where(m => m.ResponsibleUnitId != null && units.Contains(m.ResponsibleUnitId.Value));
    }

    /// <summary>That unit and the units under it (none when it does not exist).</summary>
    public static async Task<IQueryable<Guid>> UnitsWithinAsync(RectifyDbContext db, Guid unitId, CancellationToken ct)
    {
        var path = await db.Set<Unit>().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "-";
        return db.Set<Unit>().Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
    }
}
