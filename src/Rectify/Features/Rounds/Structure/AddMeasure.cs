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
        var label = string.IsNullOrWhiteSpace(input.Label) ? Numbering.Next(siblings.LastOrDefault(), siblings.Count + 1, "一是") : input.Label;
        var measure = new Measure(round.Id, problemId, label, input.Text, input.Kind, siblings.Count + 1);
        await editor.ApplyAsync(measure, round, input with { Label = label }, ct);
        db.Add(measure);
        await db.SaveChangesAsync(ct);
        return measure.Id;
    }
}
