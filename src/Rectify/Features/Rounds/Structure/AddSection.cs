using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

public sealed class AddSection(RectifyDbContext db, RoundAccess access, RoundOutline outline)
{
    public async Task<Guid> HandleAsync(Guid roundId, SectionInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        await access.RoundToChangeAsync(roundId, ct);
        Section? parent = null;
        if (input.ParentId is { } parentId)
        {
            parent = await db.Set<Section>().SingleOrDefaultAsync(s => s.Id == parentId, ct)
                ?? throw RuleViolation.Invalid(RoundsErrors.SectionNotFound);
            if (parent.RoundId != roundId) throw RuleViolation.Invalid(RoundsErrors.SectionParentOtherRound);
        }
        var siblings = await db.Set<Section>().Where(s => s.RoundId == roundId && s.ParentId == input.ParentId)
            .OrderBy(s => s.SortOrder).Select(s => s.Label).ToListAsync(ct);
        var section = outline.AddSection(roundId, parent, siblings, input.LevelName, Numbering.Asked(input.Label), input.Title);
        await outline.RecomputeAsync(roundId, renumber: false, ct);
        await db.SaveChangesAsync(ct);
        return section.Id;
    }
}
