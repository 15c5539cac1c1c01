using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

public sealed record UnitOption(Guid Id, string Name, int Depth);

/// <summary>A unit found by the unit picker: its short name and, to tell apart units of the same name, the units above it.</summary>
public sealed record UnitMatch(Guid Id, string Name, string Path);

/// <summary>A unit picker on a page (Shared/_UnitPicker): the form field it fills, its label and the unit already chosen.</summary>
public sealed record UnitPicker(string Name, string Label, UnitMatch? Chosen, string CssClass = "", string Id = "unit-text")
{
    /// <summary>What the empty box means: on a filter, every unit.</summary>
    public string Placeholder { get; init; } = "全部（输入名称查找）";

    public string ChoicesId => Id == "unit-text" ? "unit-choices" : Id + "-choices";
}

/// <summary>The units of the user's scope: in tree order for the pages' unit pickers, or searched by name (the ledger's picker).</summary>
public sealed class ScopeUnits(RectifyDbContext db, UserScope user)
{
    public const int MaxSearchLength = 50;
    private const int SearchResults = 20;

    private sealed record Node(Guid Id, string ShortName, Guid? ParentId, int SortOrder);

    private IReadOnlyList<UnitOption>? tree;

    /// <summary>Every active unit of the scope, in tree order; walked once per request.</summary>
    public async Task<IReadOnlyList<UnitOption>> HandleAsync(CancellationToken ct)
    {
        if (tree is not null) return tree;
        var scope = await user.LoadAsync(ct);
        var ids = scope.UnitIds;
        var units = await db.Set<Unit>().AsNoTracking().Where(u => ids.Contains(u.Id) && u.IsActive)
            .Select(u => new Node(u.Id, u.ShortName, u.ParentId, u.SortOrder)).ToListAsync(ct);
        var inScope = ids.ToHashSet();
        var children = units.OrderBy(u => u.SortOrder).ThenBy(u => u.ShortName).ToLookup(u => u.ParentId);
        var ordered = new List<UnitOption>(units.Count);
        void Walk(IEnumerable<Node> level, int depth)
        {
            foreach (var u in level)
            {
                ordered.Add(new UnitOption(u.Id, u.ShortName, depth));
                Walk(children[u.Id], depth + 1);
            }
        }
        // A unit whose parent is outside the scope (or inactive but in it) starts a branch; one under an inactive unit is not offered.
        Walk(units.Where(u => u.ParentId is null || !inScope.Contains(u.ParentId.Value)).OrderBy(u => u.SortOrder).ThenBy(u => u.ShortName), 0);
        tree = ordered;
        return tree;
    }

    /// <summary>
    /// Active units of the scope whose name, short name or alias contains the text, higher levels first (at most 20);
    /// with no text, the top of the scope.
    /// </summary>
    public async Task<IReadOnlyList<UnitMatch>> SearchAsync(string? text, CancellationToken ct)
    {
        text = text?.Trim() ?? "";
        if (text.Length > MaxSearchLength) throw new RuleViolation(RoundsErrors.UnitSearchTooLong, StatusCodes.Status422UnprocessableEntity);
        var scope = await user.LoadAsync(ct);
        var ids = scope.UnitIds;
        var units = db.Set<Unit>().AsNoTracking().Where(u => ids.Contains(u.Id) && u.IsActive);
        if (text.Length > 0)
        {
            var pattern = "%" + LikePattern.Escape(text) + "%";
            units = units.Where(u => EF.Functions.Like(u.ShortName, pattern, LikePattern.EscapeChar)
                || EF.Functions.Like(u.Name, pattern, LikePattern.EscapeChar) || EF.Functions.Like(u.Aliases, pattern, LikePattern.EscapeChar));
        }
        var found = await units.OrderBy(u => u.Path.Length).ThenBy(u => u.SortOrder).ThenBy(u => u.ShortName).ThenBy(u => u.Id)
            .Take(SearchResults).Select(u => new { u.Id, u.ShortName, u.Path }).ToListAsync(ct);
        var names = await AncestorNamesAsync(found.Select(u => u.Path), scope, ct);
        return found.Select(u => new UnitMatch(u.Id, u.ShortName, PathText(u.Path, u.Id, names))).ToList();
    }

    /// <summary>One unit of the scope as the picker shows it (the chosen unit of a filter), or null when it is not in the scope.</summary>
    public async Task<UnitMatch?> FindAsync(Guid unitId, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (!scope.InScope(unitId)) return null;
        var unit = await db.Set<Unit>().AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Id, u.ShortName, u.Path }).SingleOrDefaultAsync(ct);
        if (unit is null) return null;
        var names = await AncestorNamesAsync([unit.Path], scope, ct);
        return new UnitMatch(unit.Id, unit.ShortName, PathText(unit.Path, unit.Id, names));
    }

    /// <summary>The short names of the units above these (paths "/a/b/c/"), inside the scope and below its own unit.</summary>
    private async Task<Dictionary<Guid, string>> AncestorNamesAsync(IEnumerable<string> paths, ScopeData scope, CancellationToken ct)
    {
        var above = paths.SelectMany(Ancestors).Where(id => id != scope.UnitId && scope.InScope(id)).Distinct().ToList();
        if (above.Count == 0) return [];
        return await db.Set<Unit>().AsNoTracking().Where(u => above.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.ShortName, ct);
    }

    private static string PathText(string path, Guid self, Dictionary<Guid, string> names) =>
        string.Join(" › ", Ancestors(path).Where(id => id != self && names.ContainsKey(id)).Select(id => names[id]));

    private static IEnumerable<Guid> Ancestors(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty);
}
