using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;

namespace Rectify.Features.Supervision.Reminders;

/// <summary>Who hears about a unit's items: its liaison staff; and about a round's: the office nearest above its inspected unit.</summary>
public sealed class Recipients(RectifyDbContext db)
{
    /// <summary>Active unit staff (联络员) of each unit.</summary>
    public async Task<ILookup<Guid, Guid>> StaffOfAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct) =>
        (unitIds.Count == 0 ? [] : await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Role == Role.UnitStaff && unitIds.Contains(u.UnitId))
            .Select(u => new { u.UnitId, u.Id }).ToListAsync(ct))
        .ToLookup(u => u.UnitId, u => u.Id);

    /// <summary>
    /// For each round, the office accounts of the nearest unit at or above its inspected unit that has any: the office
    /// that runs the round hears, not every office above it.
    /// </summary>
    public async Task<Dictionary<Guid, (Guid UnitId, Guid[] UserIds)>> OfficesOfRoundsAsync(IReadOnlyCollection<Guid> roundIds, CancellationToken ct)
    {
        var rounds = await db.Set<Round>().AsNoTracking().Where(r => roundIds.Contains(r.Id))
            .Join(db.Set<Unit>(), r => r.InspectedUnitId, u => u.Id, (r, u) => new { r.Id, u.Path }).ToListAsync(ct);
        var offices = await db.Users.AsNoTracking().Where(u => u.IsActive && u.Role == Role.Office)
            .Join(db.Set<Unit>(), u => u.UnitId, unit => unit.Id, (u, unit) => new { u.Id, u.UnitId, unit.Path }).ToListAsync(ct);
        var result = new Dictionary<Guid, (Guid, Guid[])>();
        foreach (var round in rounds)
        {
            var nearest = offices.Where(o => round.Path.StartsWith(o.Path, StringComparison.Ordinal))
                .GroupBy(o => (o.UnitId, o.Path)).OrderByDescending(g => g.Key.Path.Length).FirstOrDefault();
            if (nearest is not null) result[round.Id] = (nearest.Key.UnitId, nearest.Select(o => o.Id).ToArray());
        }
        return result;
    }
}
