using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

public sealed class EditProblem(RectifyDbContext db, RoundAccess access, RoundOutline outline)
{
    public async Task HandleAsync(Guid problemId, ProblemInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var problem = await db.Set<Problem>().SingleOrDefaultAsync(p => p.Id == problemId, ct)
            ?? throw new NotFoundException(RoundsErrors.ProblemNotFound);
        await access.RoundToChangeAsync(problem.RoundId, ct);
        await AddProblem.RequireSectionOfRoundAsync(db, problem.RoundId, input.SectionId, ct);
        var moved = problem.SectionId != input.SectionId;
        problem.Edit(string.IsNullOrWhiteSpace(input.Label) ? problem.Label : input.Label, input.Title, input.Feedback);
        if (moved)
        {
            problem.MoveTo(input.SectionId);
            problem.SortOrder = int.MaxValue;
            await outline.RecomputeAsync(problem.RoundId, renumber: true, ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
