using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Documents;
using Rectify.Features.Documents.Parsing;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;

namespace Rectify.Features.Demo;

/// <summary>
/// Demo mode: the unit tree, one account per role, the five seed reports loaded through the parser as rounds, with
/// responsibilities, time limits and statuses placed relative to today, and enterprises' appeals in every state.
/// </summary>
public sealed class DemoSeeder(RectifyDbContext db, UserManager<User> users, ImportRound import, DemoLedger ledger, DemoAppeals appeals)
{
    /// <returns>Whether it seeded (false when the database already had accounts).</returns>
    public async Task<bool> SeedAsync(bool force, CancellationToken ct)
    {
        if (!force && await db.Users.AnyAsync(ct)) return false;
        var units = await UnitsAsync(ct);
        await AccountsAsync(units, ct);
        foreach (var (prefix, unitKey) in DemoUnits.Rounds)
        {
            var text = SeedText(prefix);
            var report = ReportParser.Parse(text);
            var unit = units[unitKey];
            var children = units.Values.Where(u => u.ParentId == unit.Id).ToList();
            var roundImport = ParsedRoundMapper.ToImport(report, unit.Id, name => SubUnit(children, name));
            // Fingerprinted like an upload, so the same report uploaded again is recognised.
            var roundId = await import.HandleAsync(roundImport with { SourceHash = DuplicateRounds.HashOf(text) }, ct);
            await ledger.ApplyAsync(roundId, children.Where(c => !c.ShortName.StartsWith("驻")).Select(c => c.Id).ToList(), ct,
                DemoUnits.LongTermUnit is var (roundKey, unitKeyOfLongTerm) && roundKey == unitKey ? units[unitKeyOfLongTerm].Id : null,
                DemoUnits.BusyUnit is var (busyRoundKey, busyUnitKey) && busyRoundKey == unitKey ? units[busyUnitKey].Id : null);
        }
        await appeals.ApplyAsync(units, ct);
        return true;
    }

    private async Task<Dictionary<string, Unit>> UnitsAsync(CancellationToken ct)
    {
        var units = new Dictionary<string, Unit>();
        var order = 0;
        foreach (var spec in DemoUnits.All)
        {
            var existing = await db.Units.FirstOrDefaultAsync(u => u.Name == spec.Name, ct);
            var unit = existing ?? new Unit(spec.Name, spec.ShortName, spec.Parent is null ? null : units[spec.Parent], ++order);
            unit.Rename(spec.Name, spec.ShortName, spec.Aliases);
            unit.SupervisingLeader = spec.Leader;
            if (existing is null) db.Add(unit);
            units[spec.Key] = unit;
        }
        await db.SaveChangesAsync(ct);
        return units;
    }

    private async Task AccountsAsync(Dictionary<string, Unit> units, CancellationToken ct)
    {
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(account.UserName) is not null) continue;
            var result = await users.CreateAsync(new User
            {
                UserName = account.UserName, FullName = account.FullName, UnitId = units[account.UnitKey].Id, Role = account.Role,
            }, DemoAccounts.Password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(";", result.Errors.Select(e => e.Description)));
        }
    }

    private static Guid? SubUnit(List<Unit> children, string? name) =>
        name is null ? null : children.FirstOrDefault(c => c.Matches(name) || c.Matches(name.Replace("党组", "")))?.Id;

    private static string SeedText(string prefix)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.Contains(".seeds.") && n.Contains(prefix));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
