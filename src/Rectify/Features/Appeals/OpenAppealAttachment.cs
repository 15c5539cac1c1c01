using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds.Progress;
using Rectify.Platform.Data;
using Rectify.Platform.Files;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>An appeal's file, for those who may read the appeal, and only while it is the file that was uploaded.</summary>
public sealed class OpenAppealAttachment(RectifyDbContext db, AppealAccess access, VerifiedEvidence files)
{
    public async Task<EvidenceContent> HandleAsync(Guid attachmentId, CancellationToken ct)
    {
        var attachment = await db.Set<AppealAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, ct)
            ?? throw new NotFoundException(AppealErrors.AttachmentNotFound);
        var visible = await access.VisibleAsync(ct);
        if (!await visible.AnyAsync(a => a.Id == attachment.AppealId, ct)) throw new NotFoundException(AppealErrors.AttachmentNotFound);
        return new EvidenceContent(await files.OpenAsync(attachment.Sha256, attachment.FileName, ct), attachment.FileName, attachment.ContentType);
    }
}
