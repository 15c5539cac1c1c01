using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// A round's issued bulletins, newest first, and the files as issued. Read by those who read its bulletin: the office
/// and leaders of the inspected unit's scope, and inspectors; staff are refused, other scopes see nothing (404).
/// </summary>
public sealed class IssuedBulletins(RectifyDbContext db, UserScope user)
{
    public async Task<IReadOnlyList<IssuedBulletinRow>> ListAsync(Guid roundId, CancellationToken ct)
    {
        await RoundAsync(roundId, ct);
        var rows = await db.Set<IssuedBulletin>().AsNoTracking().Where(i => i.RoundId == roundId).OrderByDescending(i => i.Number)
            .Select(i => new
            {
                i.Id, i.Number, i.Title, i.Date, i.IssuedBy, i.IssuedAt,
                Files = i.Files.OrderBy(f => f.Format).Select(f => new IssuedBulletinFileRow(f.Format, f.FileName, f.Length, f.Sha256)).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new IssuedBulletinRow(r.Id, r.Number, r.Title, r.Date, r.IssuedBy, r.IssuedAt, r.Files)).ToList();
    }

    public async Task<(byte[] Content, string ContentType, string FileName)> FileAsync(Guid roundId, int number, string format, CancellationToken ct)
    {
        await RoundAsync(roundId, ct);
        var file = await db.Set<IssuedBulletin>().AsNoTracking().Where(i => i.RoundId == roundId && i.Number == number)
            .SelectMany(i => i.Files).Where(f => f.Format == format)
            .Select(f => new { f.Content, f.ContentType, f.FileName }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(BulletinErrors.IssuedNotFound);
        return (file.Content, file.ContentType, file.FileName);
    }

    private async Task RoundAsync(Guid roundId, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role is not (Role.Office or Role.Leader or Role.Inspector)) throw new ForbiddenException(BulletinErrors.NotForStaff);
        var visible = await db.Set<Round>().AnyAsync(r => r.Id == roundId && (scope.Role == Role.Inspector || scope.UnitIds.Contains(r.InspectedUnitId)), ct);
        if (!visible) throw new NotFoundException(RoundsErrors.RoundNotFound);
    }
}
