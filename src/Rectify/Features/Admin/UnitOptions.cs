using Microsoft.AspNetCore.Mvc.Rendering;
using Rectify.Features.Admin.Units;
using Rectify.Platform.Security;

namespace Rectify.Features.Admin;

/// <summary>Drop-down items for the admin forms: units indented as in the tree, roles by their Chinese names.</summary>
public static class UnitOptions
{
    public static List<SelectListItem> Units(IEnumerable<UnitRow> tree, Guid? except = null) =>
        tree.Where(u => u.IsActive && u.Id != except)
            .Select(u => new SelectListItem(new string('　', u.Depth) + u.Name, u.Id.ToString()))
            .ToList();

    public static List<SelectListItem> Roles() =>
        Enum.GetValues<Role>().Select(r => new SelectListItem(r.Label(), r.ToString())).ToList();

    /// <summary>The roles the system admin may give (三员分立: admin roles are the security admin's), and the account's own.</summary>
    public static List<SelectListItem> BusinessRoles(Role? current = null) =>
        Enum.GetValues<Role>().Where(r => !r.IsAdmin() || r == current).Select(r => new SelectListItem(r.Label(), r.ToString())).ToList();
}
