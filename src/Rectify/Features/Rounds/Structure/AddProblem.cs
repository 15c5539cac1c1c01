using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

public sealed class AddProblem(RectifyDbContext db, RoundAccess access, RoundOutline outline)
{
    public async Task<Guid> HandleAsync(Guid roundId, ProblemInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        await access.RoundToChangeAsync(roundId, ct);
        await RequireSectionOfRoundAsync(db, roundId, input.SectionId, ct);
        var siblings = await db.Set<Problem>().Where(p => p.RoundId == roundId && p.SectionId == input.SectionId)
            .OrderBy(p => p.SortOrder).Select(p => p.Label).ToListAsync(ct);
        var problem = outline.AddProblem(roundId, input.SectionId, siblings, Numbering.Asked(input.Label), input.Title, input.Feedback);
        await outline.RecomputeAsync(roundId, renumber: false, ct);
        await db.SaveChangesAsync(ct);
        return problem.Id;
    }

    internal static async Task RequireSectionOfRoundAsync(RectifyDbContext db, Guid roundId, Guid? sectionId, CancellationToken ct)
    {
        if (sectionId is not { } id) return;
        var ofRound = await db.Set<Section>().AnyAsync(s => s.Id == id && s.RoundId == roundId, ct);
        if (!ofRound) throw RuleViolation.Invalid(RoundsErrors.SectionNotFound);
    }
}
