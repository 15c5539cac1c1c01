using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Similar;

public sealed record LinkProblemInput(Guid LinkedProblemId, [property: StringLength(1000, ErrorMessage = "说明不能超过1000字")] string? Note);

/// <summary>The office links a problem of its round to a like one it may read (举一反三); one link per pair, either way round.</summary>
public sealed class LinkProblem(RectifyDbContext db, RoundAccess access, UserScope user, TimeProvider time)
{
    public async Task<Guid> HandleAsync(Guid problemId, LinkProblemInput input, CancellationToken ct)
    {
        var roundId = await db.Set<Problem>().Where(p => p.Id == problemId).Select(p => (Guid?)p.RoundId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(RoundsErrors.ProblemNotFound);
        await access.RoundToChangeAsync(roundId, ct);
        if (input.LinkedProblemId == problemId) throw RuleViolation.Invalid(SimilarErrors.LinkToItself);
        var linkedRound = await db.Set<Problem>().Where(p => p.Id == input.LinkedProblemId).Select(p => (Guid?)p.RoundId).SingleOrDefaultAsync(ct);
        if (linkedRound is not { } other || !await access.CanReadRoundAsync(other, ct)) throw RuleViolation.Invalid(SimilarErrors.LinkedProblemNotFound);
        var exists = await db.Set<ProblemLink>().AnyAsync(l =>
            (l.ProblemId == problemId && l.LinkedProblemId == input.LinkedProblemId) || (l.ProblemId == input.LinkedProblemId && l.LinkedProblemId == problemId), ct);
        if (exists) throw new RuleViolation(SimilarErrors.AlreadyLinked);
        var link = new ProblemLink(problemId, input.LinkedProblemId, input.Note, user.UserId, user.Name, time.GetUtcNow());
        db.Add(link);
        await db.SaveChangesAsync(ct);
        return link.Id;
    }
}
