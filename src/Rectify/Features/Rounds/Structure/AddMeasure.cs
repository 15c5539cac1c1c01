using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

public sealed class AddMeasure(RectifyDbContext db, RoundAccess access, MeasureEditor editor)
{
    public async Task<Guid> HandleAsync(Guid problemId, MeasureInput input, CancellationToken ct)
    {
        var problem = await db.Set<Problem>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == problemId, ct)
            ?? throw new NotFoundException(RoundsErrors.ProblemNotFound);
        var round = await access.RoundToChangeAsync(problem.RoundId, ct);
        var siblings = await db.Set<Measure>().Where(m => m.ProblemId == problemId)
            .OrderBy(m => m.SortOrder).Select(m => m.Label).ToListAsync(ct);
        var measure = await editor.AddAsync(round, problemId, siblings, input, ct);
        await db.SaveChangesAsync(ct);
        return measure.Id;
    }
}
