using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Similar;

/// <summary>The office of either problem's round removes their link.</summary>
public sealed class UnlinkProblem(RectifyDbContext db, RoundAccess access)
{
    public async Task HandleAsync(Guid problemId, Guid linkedProblemId, CancellationToken ct)
    {
        var roundId = await db.Set<Problem>().Where(p => p.Id == problemId).Select(p => (Guid?)p.RoundId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(RoundsErrors.ProblemNotFound);
        await access.RoundToChangeAsync(roundId, ct);
        var link = await db.Set<ProblemLink>().SingleOrDefaultAsync(l =>
                (l.ProblemId == problemId && l.LinkedProblemId == linkedProblemId) || (l.ProblemId == linkedProblemId && l.LinkedProblemId == problemId), ct)
            ?? throw new NotFoundException(SimilarErrors.LinkNotFound);
        db.Remove(link);
        await db.SaveChangesAsync(ct);
    }
}
