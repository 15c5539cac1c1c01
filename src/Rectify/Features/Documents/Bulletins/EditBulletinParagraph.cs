using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// The office's text for one paragraph (<paramref name="Version"/> as read: 0 for a paragraph not yet rewritten); an
/// empty text puts the composed paragraph back.
/// </summary>
public sealed record BulletinParagraphInput(int Version, string? Text);

/// <summary>The office rewrites the opening or a problem's 整改情况 before issuing; a stale version is refused.</summary>
public sealed class EditBulletinParagraph(RectifyDbContext db, RoundAccess access, ICurrentUser user, TimeProvider time)
{
    public async Task<int> HandleAsync(Guid roundId, string key, BulletinParagraphInput input, CancellationToken ct)
    {
        var round = await access.RoundToChangeAsync(roundId, ct);
        if (!BulletinKeys.IsValid(key)) throw new NotFoundException(BulletinErrors.UnknownParagraph);
        if (key != BulletinKeys.Opening)
        {
            var problemId = Guid.ParseExact(key[8..], "N");
            if (!await db.Set<Problem>().AnyAsync(p => p.Id == problemId && p.RoundId == round.Id, ct))
                throw new NotFoundException(BulletinErrors.UnknownParagraph);
        }
        var edit = await db.Set<BulletinEdit>().SingleOrDefaultAsync(e => e.RoundId == round.Id && e.Key == key, ct);
        if (edit is null && input.Version != 0) throw new ConcurrencyConflict(PlatformErrors.Conflict, null);
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            if (edit is null) return 0;
            db.ExpectVersion(edit, input.Version);
            db.Remove(edit);
            await db.SaveChangesAsync(ct);
            return 0;
        }
        if (edit is null) db.Add(edit = new BulletinEdit(round.Id, key));
        else db.ExpectVersion(edit, input.Version);
        edit.Rewrite(input.Text, user.Id, user.Name, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return edit.Version;
    }
}
