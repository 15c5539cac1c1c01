using Microsoft.EntityFrameworkCore;

namespace Rectify.Platform.Organization;

public static class UnitsUnder
{
    /// <summary>
    /// A unit and the units under it, found by its path in the same statement (no statement of its own to read the path).
    /// Paths hold only hexadecimal ids and slashes, so the path needs no escaping as a LIKE pattern. An unknown unit has
    /// none under it (its missing path must not read as the pattern "%").
    /// </summary>
    public static IQueryable<Unit> AndUnder(this IQueryable<Unit> units, Guid unitId)
    {
        var path = units.Where(x => x.Id == unitId).Select(x => x.Path);
        return units.Where(u => path.Any() && EF.Functions.Like(u.Path, path.First() + "%"));
    }
}
