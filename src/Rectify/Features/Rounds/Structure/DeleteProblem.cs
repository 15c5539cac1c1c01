using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

/// <summary>Removes a problem and its measures, unless a unit has already reported on one of them.</summary>
public sealed class DeleteProblem(RectifyDbContext db, RoundAccess access, RoundOutline outline)
{
    public async Task HandleAsync(Guid problemId, CancellationToken ct)
    {
        var problem = await db.Set<Problem>().SingleOrDefaultAsync(p => p.Id == problemId, ct)
            ?? throw new NotFoundException(RoundsErrors.ProblemNotFound);
        await access.RoundToChangeAsync(problem.RoundId, ct);
        var measures = await db.Set<Measure>().Where(m => m.ProblemId == problemId).ToListAsync(ct);
        var ids = measures.Select(m => m.Id).ToList();
        if (await db.Set<ProgressUpdate>().AnyAsync(p => ids.Contains(p.MeasureId), ct)) throw new RuleViolation(RoundsErrors.ProblemHasProgress);
        db.RemoveRange(measures);
        db.Remove(problem);
        await outline.RecomputeAsync(problem.RoundId, renumber: true, ct);
        await db.SaveChangesAsync(ct);
    }
}
