using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Progress;

/// <summary>Evidence added to a measure outside a progress report (e.g. a scan that arrived later).</summary>
public sealed class AddEvidence(RectifyDbContext db, RoundAccess access, UserScope user, EvidenceIntake intake)
{
    public async Task<IReadOnlyList<Guid>> HandleAsync(Guid measureId, IReadOnlyList<UploadedFile> files, CancellationToken ct)
    {
        var (measure, _) = await access.MeasureToReportAsync(measureId, ct);
        if (measure.Status == MeasureStatus.Closed) throw new RuleViolation(RoundsErrors.ProgressOnClosed);
        if (files.Count == 0) throw RuleViolation.Invalid(RoundsErrors.NoFile);
        var evidence = await intake.StoreAsync(measureId, null, files, await user.LoadAsync(ct), ct);
        db.AddRange(evidence);
        await db.SaveChangesAsync(ct);
        return evidence.Select(e => e.Id).ToList();
    }
}
