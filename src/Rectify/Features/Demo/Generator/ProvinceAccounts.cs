using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;

namespace Rectify.Features.Demo.Generator;

/// <summary>
/// A handful of accounts to sign in with, made through UserManager like real ones: the province office, offices of
/// the first cities, a leader, an inspector, and staff in sections that hold measures.
/// </summary>
internal static class ProvinceAccounts
{
    public const string Password = "Bench#Province2026";

    public static async Task<List<string>> CreateAsync(UserManager<User> users, ProvinceTree tree)
    {
        var accounts = new List<(string UserName, string FullName, Unit Unit, Role Role)>
        {
            ("province-office", "省整改办", tree.Root, Role.Office),
            ("inspector", "省巡视办", tree.Root, Role.Inspector),
            ("city-leader", "市领导", tree.Cities[0], Role.Leader),
        };
        for (var c = 0; c < Math.Min(3, tree.Cities.Count); c++) accounts.Add(($"city{c + 1}-office", $"{tree.Cities[c].ShortName}整改办", tree.Cities[c], Role.Office));
        // Staff sit in the sections of the first city's first department: rounds inspecting that city or department reach them.
        var sections = tree.Sections.Where(s => s.Path.StartsWith(tree.Departments[0].Path)).Take(3).ToList();
        for (var s = 0; s < sections.Count; s++) accounts.Add(($"staff{s + 1}", $"{sections[s].ShortName}联络员", sections[s], Role.UnitStaff));

        foreach (var (userName, fullName, unit, role) in accounts)
        {
            var result = await users.CreateAsync(new User { UserName = userName, FullName = fullName, UnitId = unit.Id, Role = role }, Password);
            if (!result.Succeeded) throw new InvalidOperationException($"{userName}: " + string.Join(";", result.Errors.Select(e => e.Description)));
        }
        return accounts.Select(a => $"{a.UserName} ({a.Role}, {a.Unit.Name})").ToList();
    }
}
