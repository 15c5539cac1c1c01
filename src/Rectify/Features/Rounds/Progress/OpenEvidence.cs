using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Files;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Progress;

/// <summary>An evidence file, only for those who may see the measure.</summary>
public sealed class OpenEvidence(RectifyDbContext db, RoundAccess access, IEvidenceStore store)
{
    public async Task<EvidenceContent> HandleAsync(Guid evidenceId, CancellationToken ct)
    {
        var evidence = await db.Set<Evidence>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId, ct)
            ?? throw new NotFoundException(RoundsErrors.EvidenceNotFound);
        if (!await access.CanReadMeasureAsync(evidence.MeasureId, ct)) throw new NotFoundException(RoundsErrors.EvidenceNotFound);
        return new EvidenceContent(store.Open(evidence.Sha256), evidence.FileName, evidence.ContentType);
    }
}
