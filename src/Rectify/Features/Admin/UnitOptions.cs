using Microsoft.AspNetCore.Mvc.Rendering;
using Rectify.Platform.Security;

namespace Rectify.Features.Admin;

/// <summary>Drop-down items for the admin forms: roles by their Chinese names (units are found with the unit picker).</summary>
public static class UnitOptions
{
    public static List<SelectListItem> Roles() =>
        Enum.GetValues<Role>().Select(r => new SelectListItem(r.Label(), r.ToString())).ToList();

    /// <summary>The roles the system admin may give (三员分立: admin roles are the security admin's), and the account's own.</summary>
    public static List<SelectListItem> BusinessRoles(Role? current = null) =>
        Enum.GetValues<Role>().Where(r => !r.IsAdmin() || r == current).Select(r => new SelectListItem(r.Label(), r.ToString())).ToList();
}
