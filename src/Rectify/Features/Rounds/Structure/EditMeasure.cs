using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

/// <summary>The office edits a measure; a stale version is refused with the current values.</summary>
public sealed class EditMeasure(RectifyDbContext db, RoundAccess access, MeasureEditor editor)
{
    public async Task HandleAsync(Guid measureId, MeasureInput input, CancellationToken ct)
    {
        var measure = await access.MeasureToChangeAsync(measureId, ct);
        var round = await access.RoundToChangeAsync(measure.RoundId, ct);
        if (input.Version is not { } version) throw RuleViolation.Invalid(RoundsErrors.VersionRequired);
        db.ExpectVersion(measure, version);
        await editor.ApplyAsync(measure, round, input, ct);
        await db.SaveChangesAsync(ct);
    }
}
