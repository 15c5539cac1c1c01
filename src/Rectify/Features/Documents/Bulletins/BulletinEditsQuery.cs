using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>The office's text of one paragraph and its version (0 and null when not rewritten), for its edit form.</summary>
public sealed class BulletinEditsQuery(RectifyDbContext db)
{
    public async Task<(string? Text, int Version)> CurrentAsync(Guid roundId, string key, CancellationToken ct)
    {
        var edit = await db.Set<BulletinEdit>().AsNoTracking().Where(e => e.RoundId == roundId && e.Key == key)
            .Select(e => new { e.Text, e.Version }).SingleOrDefaultAsync(ct);
        return (edit?.Text, edit?.Version ?? 0);
    }
}
