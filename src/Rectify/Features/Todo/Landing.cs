using System.Security.Claims;
using Rectify.Platform.Security;

namespace Rectify.Features.Todo;

/// <summary>Where each role starts after signing in: its own work, not a list of everything.</summary>
public static class Landing
{
    public static string For(ClaimsPrincipal user) =>
        user.IsInRole(nameof(Role.UnitStaff)) || user.IsInRole(nameof(Role.Office)) ? "/Todo"
        : user.IsInRole(nameof(Role.Leader)) ? "/Dashboard"
        : user.IsInRole(nameof(Role.SystemAdmin)) ? "/Admin/Users"
        : user.IsInRole(nameof(Role.SecurityAdmin)) ? "/Admin/Security"
        : user.IsInRole(nameof(Role.AuditAdmin)) ? "/Audit"
        : "/";
}
