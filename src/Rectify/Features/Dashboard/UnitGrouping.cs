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
        var groups = await GroupAsync(db, counts.Select(c => c.UnitId), pickedUnitId, ct);
        var units = counts.GroupBy(c => groups.GroupOf(c.UnitId)).Select(g => new UnitFigures(g.Key, groups.NameOf(g.Key),
                g.Sum(c => c.Measures), g.Sum(c => c.Closed), g.Sum(c => c.Overdue), g.Sum(c => c.DueSoon), g.Sum(c => c.Lagging)))
            .OrderByDescending(u => u.Measures).ThenBy(u => u.Unit, StringComparer.Ordinal).ToList();
        return (groups.GroupedUnder, units);
    }

    /// <summary>The group of each responsible unit (null: none named), by the rule above; dispatches roll up the same way.</summary>
    public static async Task<UnitGroups> GroupAsync(RectifyDbContext db, IEnumerable<Guid?> responsibleUnitIds, Guid? pickedUnitId, CancellationToken ct)
    {
        // Counts may come per unit and something else: the paths are read and split once per unit.
        var responsible = responsibleUnitIds.OfType<Guid>().Distinct().ToList();
        var ids = pickedUnitId is { } picked ? responsible.Append(picked).ToList() : responsible;
        var paths = (await db.Set<Unit>().AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Path }).ToListAsync(ct))
            .ToDictionary(u => u.Id, u => Segments(u.Path));
        var present = responsible.Where(paths.ContainsKey).Select(id => paths[id]).ToList();
        var root = pickedUnitId is { } p && paths.TryGetValue(p, out var pickedPath) ? pickedPath : CommonAncestor(present);

        var groupOf = paths.ToDictionary(u => u.Key, u => u.Value.Length > root.Length ? u.Value[root.Length] : u.Value[^1]);
        var named = groupOf.Values.Append(root.LastOrDefault()).Distinct().ToList();
        var names = await db.Set<Unit>().AsNoTracking().Where(u => named.Contains(u.Id)).Select(u => new { u.Id, u.ShortName }).ToDictionaryAsync(u => u.Id, u => u.ShortName, ct);
        var under = root.Length > 0 ? names.GetValueOrDefault(root[^1], "") : "";
        return new UnitGroups(under, groupOf, names);
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

/// <summary>Where each responsible unit rolls up to, and the names of the groups.</summary>
public sealed record UnitGroups(string GroupedUnder, IReadOnlyDictionary<Guid, Guid> GroupOfUnit, IReadOnlyDictionary<Guid, string> Names)
{
    public Guid? GroupOf(Guid? unitId) => unitId is { } id && GroupOfUnit.TryGetValue(id, out var group) ? group : null;

    public string NameOf(Guid? group) => group is { } id ? Names.GetValueOrDefault(id, "") : UnitGrouping.NoUnit;
}
