using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;

namespace Rectify.Features.Rounds;

public sealed record UnitOption(Guid Id, string Name, int Depth);

/// <summary>The units of the user's scope, in tree order, for the pages' unit pickers.</summary>
public sealed class ScopeUnits(RectifyDbContext db, UserScope user)
{
    public async Task<IReadOnlyList<UnitOption>> HandleAsync(CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        var ids = scope.UnitIds;
        var units = await db.Set<Unit>().AsNoTracking().Where(u => ids.Contains(u.Id) && u.IsActive)
            .Select(u => new { u.Id, u.ShortName, u.Path, u.ParentId, u.SortOrder }).ToListAsync(ct);
        var children = units.ToLookup(u => u.ParentId);
        var roots = units.Where(u => u.ParentId is null || !ids.Contains(u.ParentId.Value));
        var ordered = new List<UnitOption>();
        void Walk(IEnumerable<Guid> level, int depth)
        {
            foreach (var u in units.Where(x => level.Contains(x.Id)).OrderBy(x => x.SortOrder).ThenBy(x => x.ShortName))
            {
                ordered.Add(new UnitOption(u.Id, u.ShortName, depth));
                Walk(children[u.Id].Select(c => c.Id), depth + 1);
            }
        }
        Walk(roots.Select(r => r.Id), 0);
        return ordered;
    }
}
