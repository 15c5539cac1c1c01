namespace Rectify.Platform.Security;

public enum Role
{
    /// <summary>整改办: runs the ledger for the units in its scope.</summary>
    Office,
    /// <summary>责任单位联络员: reports progress on its unit's measures.</summary>
    UnitStaff,
    /// <summary>领导: reads everything in scope and the items naming him.</summary>
    Leader,
    /// <summary>巡察办 / 巡察组 / 纪检监察: reads every round.</summary>
    Inspector,
    /// <summary>系统管理员: units and users, never ledger content.</summary>
    SystemAdmin,
}

public static class RoleNames
{
    public static string Label(this Role role) => role switch
    {
        Role.Office => "整改办",
        Role.UnitStaff => "责任单位联络员",
        Role.Leader => "领导",
        Role.Inspector => "巡察办",
        Role.SystemAdmin => "系统管理员",
        _ => role.ToString(),
    };
}
