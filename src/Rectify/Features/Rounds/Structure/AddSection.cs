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
        var depth = 1;
        if (input.ParentId is { } parentId)
        {
            var parent = await db.Set<Section>().SingleOrDefaultAsync(s => s.Id == parentId, ct)
                ?? throw RuleViolation.Invalid(RoundsErrors.SectionNotFound);
            if (parent.RoundId != roundId) throw RuleViolation.Invalid(RoundsErrors.SectionParentOtherRound);
            depth = parent.Depth + 1;
        }
        var siblings = await db.Set<Section>().Where(s => s.RoundId == roundId && s.ParentId == input.ParentId)
            .OrderBy(s => s.SortOrder).Select(s => s.Label).ToListAsync(ct);
        var label = string.IsNullOrWhiteSpace(input.Label)
            ? Numbering.Next(siblings.LastOrDefault(), siblings.Count + 1, depth == 1 ? "(一)" : "1.")
            : input.Label;
        var section = new Section(roundId, input.ParentId, depth, input.LevelName, label, input.Title, siblings.Count + 1);
        db.Add(section);
        await outline.RecomputeAsync(roundId, renumber: false, ct);
        await db.SaveChangesAsync(ct);
        return section.Id;
    }
}
