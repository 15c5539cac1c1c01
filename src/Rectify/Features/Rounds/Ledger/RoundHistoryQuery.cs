using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>The history of a round's own details and of its tree (sections, problems), newest first.</summary>
public sealed class RoundHistoryQuery(RectifyDbContext db, RoundAccess access)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<HistoryRow>> HandleAsync(Guid roundId, int take, CancellationToken ct)
    {
        if (!await access.CanReadRoundAsync(roundId, ct)) throw new NotFoundException(RoundsErrors.RoundNotFound);
        var ids = await db.Set<Section>().Where(s => s.RoundId == roundId).Select(s => s.Id)
            .Concat(db.Set<Problem>().Where(p => p.RoundId == roundId).Select(p => p.Id))
            .ToListAsync(ct);
        var keys = ids.Select(i => i.ToString()).Append(roundId.ToString()).ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == nameof(Round) || a.EntityType == nameof(Section) || a.EntityType == nameof(Problem)) && keys.Contains(a.EntityId))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        return entries.Select(a => new HistoryRow(a.At, a.UserName, a.EntityType, a.Action,
            JsonSerializer.Deserialize<List<FieldChange>>(a.Changes, Json) ?? [])).ToList();
    }
}
