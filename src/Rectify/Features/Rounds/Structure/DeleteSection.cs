using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

public sealed class DeleteSection(RectifyDbContext db, RoundAccess access, RoundOutline outline)
{
    public async Task HandleAsync(Guid sectionId, CancellationToken ct)
    {
        var section = await db.Set<Section>().SingleOrDefaultAsync(s => s.Id == sectionId, ct)
            ?? throw new NotFoundException(RoundsErrors.SectionNotFound);
        await access.RoundToChangeAsync(section.RoundId, ct);
        var hasChildren = await db.Set<Section>().AnyAsync(s => s.ParentId == sectionId, ct)
            || await db.Set<Problem>().AnyAsync(p => p.SectionId == sectionId, ct);
        if (hasChildren) throw new RuleViolation(RoundsErrors.SectionNotEmpty);
        db.Remove(section);
        await outline.RecomputeAsync(section.RoundId, renumber: true, ct);
        await db.SaveChangesAsync(ct);
    }
}
