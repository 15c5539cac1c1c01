using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.Features.Rounds.Progress;

/// <summary>A unit reports progress with its evidence files; all of it is saved, or none.</summary>
public sealed class ReportProgress(RectifyDbContext db, RoundAccess access, UserScope user, EvidenceIntake intake, TimeProvider time)
{
    public async Task<Guid> HandleAsync(Guid measureId, ProgressInput input, IReadOnlyList<UploadedFile> files, CancellationToken ct)
    {
        Inputs.Checked(input);
        var (measure, _) = await access.MeasureToReportAsync(measureId, ct);
        var scope = await user.LoadAsync(ct);
        var today = time.Today();
        var on = input.On ?? today;
        measure.RecordProgress(input.Text, input.Percent, on, today);
        var progress = new ProgressUpdate(measureId, input.Text, input.Percent, on, scope.UserId, scope.FullName, time.GetUtcNow());
        db.Add(progress);
        db.AddRange(await intake.StoreAsync(measureId, progress.Id, files, scope, ct));
        await db.SaveChangesAsync(ct);
        return progress.Id;
    }
}
