using Rectify.Platform.Security;

namespace Rectify.Features.Demo;

/// <summary>The demo accounts printed in the README; they exist only in demo mode.</summary>
public static class DemoAccounts
{
    /// <summary>Meets the password rule of 等保 (12 characters, three classes, no user name, not a common one).</summary>
    public const string Password = "Rectify@Demo2024";

    public sealed record Account(string UserName, string FullName, string UnitKey, Role Role);

    /// <summary>Unit keys refer to <see cref="DemoUnits"/>.</summary>
    public static readonly Account[] All =
    [
        new("admin", "系统管理员", "root", Role.SystemAdmin),
        new("secadmin", "安全管理员", "root", Role.SecurityAdmin),
        new("auditor", "安全审计员", "root", Role.AuditAdmin),
        new("office", "张整改", "root", Role.Office),
        new("office-fgw", "刘晓梅", "fgw", Role.Office),
        new("staff", "李法规", "fgw-law", Role.UnitStaff),
        new("staff-credit", "陈信用", "fgw-credit", Role.UnitStaff),
        new("staff-zw", "周政务", "zwj-service", Role.UnitStaff),
        new("leader", "王建国", "fgw", Role.Leader),
        new("inspector", "赵巡察", "xcb", Role.Inspector),
    ];
}
