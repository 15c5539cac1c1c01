using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

public sealed class DeleteMeasure(RectifyDbContext db, RoundAccess access)
{
    public async Task HandleAsync(Guid measureId, CancellationToken ct)
    {
        var measure = await access.MeasureToChangeAsync(measureId, ct);
        if (await db.Set<ProgressUpdate>().AnyAsync(p => p.MeasureId == measureId, ct)) throw new RuleViolation(RoundsErrors.MeasureHasProgress);
        db.Remove(measure);
        var rest = await db.Set<Measure>().Where(m => m.ProblemId == measure.ProblemId && m.Id != measureId)
            .OrderBy(m => m.SortOrder).ToListAsync(ct);
        for (var i = 0; i < rest.Count; i++) rest[i].SortOrder = i + 1;
        await db.SaveChangesAsync(ct);
    }
}
