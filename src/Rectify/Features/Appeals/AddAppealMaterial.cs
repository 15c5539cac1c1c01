using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Features.Rounds.Progress;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>
/// 补充材料: the office adds the enterprise's material to an appeal still open — what another system sends after posting
/// the appeal, or what the enterprise hands in later. Each file is checked as at intake (<see cref="AppealFiles"/>); the
/// enterprise's material of one appeal is capped at <see cref="AppealOptions.MaxFiles"/> in all, and nothing is stored
/// when one file is refused. The new attachments are audited under the appeal.
/// </summary>
public sealed class AddAppealMaterial(RectifyDbContext db, UserScope user, AppealAccess access, AppealFiles files, IOptions<AppealOptions> options)
{
    public async Task<IReadOnlyList<Guid>> HandleAsync(Guid id, IReadOnlyList<UploadedFile> uploads, CancellationToken ct)
    {
        if (uploads.Count == 0) throw RuleViolation.Invalid(AppealErrors.NoMaterial);
        var appeal = await access.ForOfficeAsync(id, ct);
        if (!appeal.State.IsOpen()) throw new RuleViolation(AppealErrors.MaterialOnlyOpen);
        var held = await db.Set<AppealAttachment>().CountAsync(a => a.AppealId == id && a.Purpose == AttachmentPurpose.Submission, ct);
        var max = options.Value.MaxFiles;
        if (held + uploads.Count > max) throw RuleViolation.Invalid(string.Format(AppealErrors.MaterialFull, max, held));
        var scope = await user.LoadAsync(ct);
        var added = await files.StoreAsync(id, AttachmentPurpose.Submission, uploads, scope.FullName, fromPublic: false, ct);
        db.AddRange(added);
        await db.SaveChangesAsync(ct);
        return added.Select(a => a.Id).ToList();
    }
}
