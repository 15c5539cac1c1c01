using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Platform.Organization;

/// <summary>A unit of the tree (委, 科室, 驻外办, 县区…); a user's scope is his unit and the units under it.</summary>
public sealed class Unit : IVersioned
{
    private Unit() { }

    public Unit(string name, string? shortName, Unit? parent, int sortOrder = 0)
    {
        Id = Guid.CreateVersion7();
        Rename(name, shortName, null);
        ParentId = parent?.Id;
        if (parent is { IsActive: false }) throw new RuleViolation(OrganizationErrors.ParentInactive);
        Path = PathUnder(parent, Id);
        SortOrder = sortOrder;
        IsActive = true;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string ShortName { get; private set; } = "";
    /// <summary>Other names the unit goes by, separated by '、' (e.g. 我委).</summary>
    public string Aliases { get; private set; } = "";
    public Guid? ParentId { get; private set; }
    /// <summary>Ids from the root down, "/a/b/": the units in a scope share its prefix.</summary>
    public string Path { get; private set; } = "/";
    public string? SupervisingLeader { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; }
    public int Version { get; set; }

    public string DisplayName => string.IsNullOrEmpty(ShortName) ? Name : ShortName;

    public void Rename(string name, string? shortName, string? aliases)
    {
        Name = name.Trim();
        ShortName = string.IsNullOrWhiteSpace(shortName) ? Name : shortName.Trim();
        Aliases = aliases?.Trim() ?? "";
    }

    /// <summary>Puts the unit under another parent (null: top level) and rewrites its path and its descendants' paths.</summary>
    public void MoveUnder(Unit? parent, IEnumerable<Unit> descendants)
    {
        if (parent is not null && parent.Path.StartsWith(Path, StringComparison.Ordinal)) throw new RuleViolation(OrganizationErrors.MoveIntoItself);
        if (parent is { IsActive: false }) throw new RuleViolation(OrganizationErrors.ParentInactive);
        var oldPath = Path;
        ParentId = parent?.Id;
        Path = PathUnder(parent, Id);
        foreach (var unit in descendants)
        {
            if (unit.Id == Id) continue;
            if (!unit.Path.StartsWith(oldPath, StringComparison.Ordinal)) throw new InvalidOperationException($"Unit {unit.Id} is not under {Id}");
            unit.Path = Path + unit.Path[oldPath.Length..];
        }
    }

    /// <summary>A unit still holding active users or active units would leave them without a home.</summary>
    public void Deactivate(int activeUsers, int activeChildren)
    {
        if (activeUsers > 0) throw new RuleViolation(string.Format(OrganizationErrors.HasActiveUsers, activeUsers));
        if (activeChildren > 0) throw new RuleViolation(string.Format(OrganizationErrors.HasActiveChildren, activeChildren));
        IsActive = false;
    }

    public bool Matches(string name) =>
        name == Name || name == ShortName || Aliases.Split('、', StringSplitOptions.RemoveEmptyEntries).Contains(name);

    private static string PathUnder(Unit? parent, Guid id) => (parent?.Path ?? "/") + id.ToString("N") + "/";
}
