using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>The 成文日期 to issue as; today unless given.</summary>
public sealed record IssueBulletinInput(DateOnly? Date);

/// <summary>
/// The office issues the round's bulletin as it now reads: the .docx, the .pdf (where LibreOffice is installed) and
/// the .html are written once and kept as 第N期, so that the same bytes can be downloaded later.
/// </summary>
public sealed class IssueBulletin(RectifyDbContext db, RoundAccess access, BulletinDocuments documents, PdfConverter pdf, ICurrentUser user,
    TimeProvider time)
{
    public async Task<IssuedBulletinRow> HandleAsync(Guid roundId, IssueBulletinInput input, CancellationToken ct)
    {
        var round = await access.RoundToChangeAsync(roundId, ct);
        var today = time.Today();
        var date = input.Date ?? today;
        if (date > today) throw RuleViolation.Invalid(BulletinErrors.IssueDateInFuture);
        var bulletin = await documents.ComposeAsync(round.Id, date, ct);
        var number = await db.Set<IssuedBulletin>().Where(i => i.RoundId == round.Id).MaxAsync(i => (int?)i.Number, ct) ?? 0;
        var issued = new IssuedBulletin(round.Id, number + 1, bulletin.Title, date, user.Id, user.Name, time.GetUtcNow());
        foreach (var format in pdf.IsAvailable ? BulletinDocuments.Formats : BulletinDocuments.Formats.Where(f => f != "pdf"))
        {
            var (content, type, name) = await documents.RenderAsync(bulletin, format, ct);
            issued.Attach(format, $"{Path.GetFileNameWithoutExtension(name)}（第{issued.Number}期）{Path.GetExtension(name)}", type, content);
        }
        db.Add(issued);
        // Two offices issuing at once cannot both take 第N期: the unique index refuses the second.
        await db.SaveChangesAsync(ct);
        return IssuedBulletinRow.Of(issued);
    }
}
