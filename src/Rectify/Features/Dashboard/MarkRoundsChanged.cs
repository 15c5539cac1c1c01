using Rectify.Platform.Data;

namespace Rectify.Features.Dashboard;

/// <summary>
/// Marks rounds whose measures changed without SaveChanges — set-based updates that no interceptor sees, such as the daily
/// warning refresh — so their kept counts are counted again: how another feature records a <see cref="RoundChange"/>.
/// </summary>
public sealed class MarkRoundsChanged(RectifyDbContext db)
{
    public async Task HandleAsync(IReadOnlyList<Guid> roundIds, CancellationToken ct)
    {
        if (roundIds.Count == 0) return;
        db.AddRange(roundIds.Distinct().Select(id => new RoundChange { RoundId = id }));
        await db.SaveChangesAsync(ct);
    }
}
