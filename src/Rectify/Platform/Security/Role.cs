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
    /// <summary>系统管理员: units, users and message channels, never ledger content (三员分立).</summary>
    SystemAdmin,
    /// <summary>安全管理员: roles, security policies, unlocks and password resets (三员分立).</summary>
    SecurityAdmin,
    /// <summary>安全审计员: reads, searches and exports the audit, nothing else (三员分立).</summary>
    AuditAdmin,
}

public static class RoleNames
{
    /// <summary>The three admin roles of 三员分立: none reads ledger content, each needs a second factor.</summary>
    public static bool IsAdmin(this Role role) => role is Role.SystemAdmin or Role.SecurityAdmin or Role.AuditAdmin;

    public static string Label(this Role role) => role switch
    {
        Role.Office => "整改办",
        Role.UnitStaff => "责任单位联络员",
        Role.Leader => "领导",
        Role.Inspector => "巡察办",
        Role.SystemAdmin => "系统管理员",
        Role.SecurityAdmin => "安全管理员",
        Role.AuditAdmin => "安全审计员",
        _ => role.ToString(),
    };
}
