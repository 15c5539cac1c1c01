using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Features.Admin.Units;

public sealed record UnitRow(
    Guid Id, string Name, string ShortName, string Aliases, Guid? ParentId, string? SupervisingLeader,
    int SortOrder, bool IsActive, int Depth, int ActiveUsers, int Version);

/// <summary>The whole tree in display order (each unit followed by its children), with its depth for indenting.</summary>
public sealed class UnitTreeQuery(RectifyDbContext db)
{
    public async Task<IReadOnlyList<UnitRow>> HandleAsync(CancellationToken ct)
    {
        var units = await db.Set<Unit>().AsNoTracking()
            .Select(u => new { u.Id, u.Name, u.ShortName, u.Aliases, u.ParentId, u.SupervisingLeader, u.SortOrder, u.IsActive, u.Version })
            .ToListAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive).GroupBy(u => u.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.UnitId, g => g.Count, ct);
        var children = units.OrderBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal).ToLookup(u => u.ParentId);
        var rows = new List<UnitRow>(units.Count);
        void Walk(Guid? parentId, int depth)
        {
            foreach (var u in children[parentId])
            {
                rows.Add(new UnitRow(u.Id, u.Name, u.ShortName, u.Aliases, u.ParentId, u.SupervisingLeader, u.SortOrder, u.IsActive,
                    depth, users.GetValueOrDefault(u.Id), u.Version));
                Walk(u.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return rows;
    }

    /// <summary>One unit as the tree shows it (its depth read from its path), or null: the page that edits it reads no other unit.</summary>
    public async Task<UnitRow?> FindAsync(Guid id, CancellationToken ct)
    {
        var u = await db.Set<Unit>().AsNoTracking().Where(u => u.Id == id)
            .Select(u => new
            {
                u.Id, u.Name, u.ShortName, u.Aliases, u.ParentId, u.SupervisingLeader, u.SortOrder, u.IsActive, u.Version, u.Path,
                ActiveUsers = db.Users.Count(x => x.IsActive && x.UnitId == u.Id),
            })
            .SingleOrDefaultAsync(ct);
        // A root's path is "/id/": one separator more per level below it.
        return u is null ? null : new UnitRow(u.Id, u.Name, u.ShortName, u.Aliases, u.ParentId, u.SupervisingLeader, u.SortOrder, u.IsActive,
            u.Path.Count(c => c == '/') - 2, u.ActiveUsers, u.Version);
    }
}
