using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Files;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Progress;

/// <summary>An evidence file, only for those who may see the measure, and only while it is the file that was uploaded.</summary>
public sealed class OpenEvidence(RectifyDbContext db, RoundAccess access, VerifiedEvidence files)
{
    public async Task<EvidenceContent> HandleAsync(Guid evidenceId, CancellationToken ct)
    {
        var evidence = await db.Set<Evidence>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId, ct)
            ?? throw new NotFoundException(RoundsErrors.EvidenceNotFound);
        if (!await access.CanReadMeasureAsync(evidence.MeasureId, ct)) throw new NotFoundException(RoundsErrors.EvidenceNotFound);
        return new EvidenceContent(await files.OpenAsync(evidence.Sha256, evidence.FileName, ct), evidence.FileName, evidence.ContentType);
    }
}
