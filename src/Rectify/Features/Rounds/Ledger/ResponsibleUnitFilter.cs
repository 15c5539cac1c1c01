using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>A unit filter as the ledger applies it: measures whose responsible unit is that unit or one under it.</summary>
public static class ResponsibleUnitFilter
{
    public static async Task<IQueryable<Measure>> WithinAsync(this IQueryable<Measure> measures, RectifyDbContext db, Guid unitId, CancellationToken ct)
    {
        var path = await db.Set<Unit>().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "-";
        var units = db.Set<Unit>().Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
        return measures.Where(m => m.ResponsibleUnitId != null && units.Contains(m.ResponsibleUnitId.Value));
    }
}
