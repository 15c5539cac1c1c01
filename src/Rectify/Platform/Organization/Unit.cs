using Rectify.Platform.Data;

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
        Path = (parent?.Path ?? "/") + Id.ToString("N") + "/";
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

    public bool Matches(string name) =>
        name == Name || name == ShortName || Aliases.Split('、', StringSplitOptions.RemoveEmptyEntries).Contains(name);
}
