using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>
/// What a picker offers and holds: a unit by its short name with, to tell apart units of the same name, the units above it;
/// a round by its title with its inspected unit and feedback date.
/// </summary>
public sealed record PickerChoice(Guid Id, string Name, string Path);

/// <summary>
/// A searching picker on a page (Shared/_UnitPicker): the form field it fills, its label and the choice already made; with
/// <see cref="Several"/>, a field that takes several units (配合单位), each chosen one shown as a tag. Units by default; a
/// round picker sets <see cref="Source"/>, <see cref="Nothing"/> and <see cref="TestId"/> (<see cref="ScopeRounds"/>).
/// </summary>
public sealed record UnitPicker(string Name, string Label, PickerChoice? Chosen, string CssClass = "", string Id = "unit-text")
{
    /// <summary>What the empty box means: on a filter, every unit.</summary>
    public string Placeholder { get; init; } = "全部（输入名称查找）";

    /// <summary>Where the picker asks for units (JSON); by default the user's scope, through the ledger.</summary>
    public string? Source { get; init; }

    /// <summary>The units already chosen when the field takes several; null for a field of one unit.</summary>
    public IReadOnlyList<PickerChoice>? Several { get; init; }

    /// <summary>A box at a form's size, rather than a list's compact filter.</summary>
    public bool Large { get; init; }

    /// <summary>The label's classes: small above a filter or a compact form's box.</summary>
    public string LabelClass { get; init; } = "form-label small mb-0";

    /// <summary>What the list says when nothing matches the text typed.</summary>
    public string Nothing { get; init; } = "没有名称含此文字的单位";

    /// <summary>The box's test id, for pages holding pickers of two kinds.</summary>
    public string TestId { get; init; } = "unit-picker";

    public string ChoicesId => Id == "unit-text" ? "unit-choices" : Id + "-choices";
}

/// <summary>The units of the user's scope for the pages' unit pickers: searched by name, found by id, or guessed from a report's names.</summary>
public sealed class ScopeUnits(RectifyDbContext db, UserScope user)
{
    public const int MaxSearchLength = 50;
    private const int SearchResults = 20;

    /// <summary>A picker's search as its script (wwwroot/js/unit-picker.js) reads it: the units, or the refusal's message as its title.</summary>
    public static async Task<IActionResult> AsJsonAsync(Task<IReadOnlyList<PickerChoice>> search)
    {
        try
        {
            return new JsonResult(await search);
        }
        catch (RuleViolation refused)
        {
            return new JsonResult(new { title = refused.Message }) { StatusCode = refused.StatusCode };
        }
    }

    /// <summary>
    /// Active units of the scope whose name, short name or alias contains the text, higher levels first (at most 20);
    /// with no text, the top of the scope. With <paramref name="everyUnit"/>, the units of the whole tree (a unit asking
    /// for 转办 names whichever unit should handle the appeal).
    /// </summary>
    public async Task<IReadOnlyList<PickerChoice>> SearchAsync(string? text, CancellationToken ct, bool everyUnit = false)
    {
        text = text?.Trim() ?? "";
        if (text.Length > MaxSearchLength) throw new RuleViolation(RoundsErrors.UnitSearchTooLong, StatusCodes.Status422UnprocessableEntity);
        var scope = await user.LoadAsync(ct);
        var ids = scope.UnitIds;
        var units = db.Set<Unit>().AsNoTracking().Where(u => u.IsActive);
        if (!everyUnit) units = units.Where(u => ids.Contains(u.Id));
        if (text.Length > 0)
        {
            var pattern = "%" + LikePattern.Escape(text) + "%";
            units = units.Where(u => EF.Functions.Like(u.ShortName, pattern, LikePattern.EscapeChar)
                || EF.Functions.Like(u.Name, pattern, LikePattern.EscapeChar) || EF.Functions.Like(u.Aliases, pattern, LikePattern.EscapeChar));
        }
        var found = await units.OrderBy(u => u.Path.Length).ThenBy(u => u.SortOrder).ThenBy(u => u.ShortName).ThenBy(u => u.Id)
            .Take(SearchResults).Select(u => new Found(u.Id, u.ShortName, u.Path)).ToListAsync(ct);
        return everyUnit ? await MatchesAsync(found, BelowTheRoot, ct) : await MatchesAsync(found, scope, ct);
    }

    /// <summary>
    /// One unit of the scope as the picker shows it (the chosen unit of a filter), or null when it is not in the scope; with
    /// <paramref name="everyUnit"/>, any unit (the system administrator's forms).
    /// </summary>
    public async Task<PickerChoice?> FindAsync(Guid? unitId, CancellationToken ct, bool everyUnit = false) =>
        unitId is { } id ? (await FindAsync([id], ct, everyUnit)).SingleOrDefault() : null;

    /// <summary>The units of the scope among these, in the order given, as the picker shows them (the units a form already holds).</summary>
    public async Task<IReadOnlyList<PickerChoice>> FindAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct, bool everyUnit = false)
    {
        var scope = await user.LoadAsync(ct);
        var wanted = unitIds.Where(id => everyUnit || scope.InScope(id)).Distinct().ToList();
        if (wanted.Count == 0) return [];
        var found = await db.Set<Unit>().AsNoTracking().Where(u => wanted.Contains(u.Id)).Select(u => new Found(u.Id, u.ShortName, u.Path)).ToListAsync(ct);
        var order = wanted.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        found = found.OrderBy(u => order[u.Id]).ToList();
        return everyUnit ? await MatchesAsync(found, BelowTheRoot, ct) : await MatchesAsync(found, scope, ct);
    }

    /// <summary>
    /// The unit of the scope a report names as the inspected body or the issuer (中共, 党组 and 党委 left out): the highest whose
    /// name or short name holds one of the names or is held in one; null when none does.
    /// </summary>
    public async Task<Guid?> GuessAsync(IEnumerable<string?> reportNames, CancellationToken ct)
    {
        var names = reportNames.OfType<string>().Select(n => n.Replace("中共", "").Replace("党组", "").Replace("党委", "").Trim())
            .Where(n => n.Length > 0).Distinct().ToList();
        if (names.Count == 0) return null;
        var ids = (await user.LoadAsync(ct)).UnitIds;
        var units = db.Set<Unit>().AsNoTracking().Where(u => ids.Contains(u.Id) && u.IsActive && u.ShortName != "" && u.Name != "");
        Guid? best = null;
        var bestPathLength = int.MaxValue;
        foreach (var name in names)
        {
            var pattern = "%" + LikePattern.Escape(name) + "%";
            var hit = await units.Where(u => name.Contains(u.ShortName) || name.Contains(u.Name)
                    || EF.Functions.Like(u.ShortName, pattern, LikePattern.EscapeChar) || EF.Functions.Like(u.Name, pattern, LikePattern.EscapeChar))
                .OrderBy(u => u.Path.Length).ThenBy(u => u.SortOrder).ThenBy(u => u.ShortName).Select(u => new { u.Id, u.Path.Length }).FirstOrDefaultAsync(ct);
            if (hit is not null && hit.Length < bestPathLength) (best, bestPathLength) = (hit.Id, hit.Length);
        }
        return best;
    }

    private sealed record Found(Guid Id, string ShortName, string Path);

    /// <summary>Over the whole tree, a unit's path names the units above it but the root, which every unit shares.</summary>
    private static bool BelowTheRoot(Guid id, string path) => !path.StartsWith("/" + id.ToString("N") + "/", StringComparison.Ordinal);

    /// <summary>The units as the picker shows them, each with the short names of the scope's units above it (below its own unit).</summary>
    private Task<IReadOnlyList<PickerChoice>> MatchesAsync(IReadOnlyList<Found> found, ScopeData scope, CancellationToken ct) =>
        MatchesAsync(found, (id, _) => id != scope.UnitId && scope.InScope(id), ct);

    private async Task<IReadOnlyList<PickerChoice>> MatchesAsync(IReadOnlyList<Found> found, Func<Guid, string, bool> shown, CancellationToken ct)
    {
        var above = found.SelectMany(u => Ancestors(u.Path).Where(id => id != u.Id && shown(id, u.Path))).Distinct().ToList();
        var names = above.Count == 0 ? []
            : await db.Set<Unit>().AsNoTracking().Where(u => above.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.ShortName, ct);
        return found.Select(u => new PickerChoice(u.Id, u.ShortName,
            string.Join(" › ", Ancestors(u.Path).Where(id => id != u.Id && names.ContainsKey(id)).Select(id => names[id])))).ToList();
    }

    private static IEnumerable<Guid> Ancestors(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty);
}
