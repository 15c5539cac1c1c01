namespace Rectify.Platform.Organization;

public static class UnitsUnder
{
    /// <summary>
    /// A unit and the units under it, found by its path in the same statement (no statement of its own to read the path):
    /// the paths from the unit's own up to its own followed by "~", read as a range of the paths' index. Paths hold only
    /// lowercase hexadecimal ids and slashes, compared byte by byte ("C" on PostgreSQL), so every path under "/a/" lies
    /// between "/a/" and "/a/~". An unknown unit has no path and none under it.
    /// </summary>
    public static IQueryable<Unit> AndUnder(this IQueryable<Unit> units, Guid unitId)
    {
        var path = units.Where(x => x.Id == unitId).Select(x => x.Path);
        return units.Where(u => string.Compare(u.Path, path.First()) >= 0 && string.Compare(u.Path, path.First() + "~") < 0);
    }
}
