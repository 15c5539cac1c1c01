using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Features.Dashboard;

/// <summary>
/// Rolls responsible units up to the child units of their nearest common ancestor (or of the unit picked): a province
/// office sees its departments and cities, not two thousand sections; picking a unit drills one level down.
/// </summary>
public static class UnitGrouping
{
    public const string NoUnit = "未明确责任单位";

    public static async Task<(string GroupedUnder, IReadOnlyList<UnitFigures> Units)> RollUpAsync(
        RectifyDbContext db, IReadOnlyList<ResponsibleUnitCounts> counts, Guid? pickedUnitId, CancellationToken ct)
    {
        var ids = counts.Where(c => c.UnitId is not null).Select(c => c.UnitId!.Value).ToList();
        if (pickedUnitId is { } picked) ids.Add(picked);
        var paths = (await db.Set<Unit>().AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Path }).ToListAsync(ct))
            .ToDictionary(u => u.Id, u => Segments(u.Path));
        var present = counts.Where(c => c.UnitId is { } id && paths.ContainsKey(id)).Select(c => paths[c.UnitId!.Value]).ToList();
        var root = pickedUnitId is { } p && paths.TryGetValue(p, out var pickedPath) ? pickedPath : CommonAncestor(present);

        Guid? GroupOf(Guid? unitId)
        {
            if (unitId is not { } id || !paths.TryGetValue(id, out var segments)) return null;
            return segments.Length > root.Length ? segments[root.Length] : segments[^1];
        }

        var groups = counts.GroupBy(c => GroupOf(c.UnitId)).ToList();
        var named = groups.Where(g => g.Key is not null).Select(g => g.Key!.Value).Append(root.LastOrDefault()).ToList();
        var names = await db.Set<Unit>().AsNoTracking().Where(u => named.Contains(u.Id)).Select(u => new { u.Id, u.ShortName }).ToDictionaryAsync(u => u.Id, u => u.ShortName, ct);
        var units = groups.Select(g => new UnitFigures(g.Key, g.Key is { } id ? names.GetValueOrDefault(id, "") : NoUnit,
                g.Sum(c => c.Measures), g.Sum(c => c.Closed), g.Sum(c => c.Overdue), g.Sum(c => c.DueSoon), g.Sum(c => c.Lagging)))
            .OrderByDescending(u => u.Measures).ThenBy(u => u.Unit, StringComparer.Ordinal).ToList();
        var under = root.Length > 0 ? names.GetValueOrDefault(root[^1], "") : "";
        return (under, units);
    }

    private static Guid[] Segments(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToArray();

    private static Guid[] CommonAncestor(IReadOnlyList<Guid[]> paths)
    {
        if (paths.Count == 0) return [];
        // The shortest path bounds the common prefix; a unit that is itself the common ancestor is grouped as itself.
        var prefix = paths.MinBy(p => p.Length)!;
        var length = Enumerable.Range(0, prefix.Length).TakeWhile(i => paths.All(p => p[i] == prefix[i])).Count();
        if (paths.All(p => p.Length == length) && length > 0) length--;
        return prefix[..length];
    }
}
