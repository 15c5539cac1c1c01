using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

public sealed class EditSection(RectifyDbContext db, RoundAccess access)
{
    public async Task HandleAsync(Guid sectionId, SectionInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var section = await db.Set<Section>().SingleOrDefaultAsync(s => s.Id == sectionId, ct)
            ?? throw new NotFoundException(RoundsErrors.SectionNotFound);
        await access.RoundToChangeAsync(section.RoundId, ct);
        section.Edit(input.LevelName, string.IsNullOrWhiteSpace(input.Label) ? section.Label : input.Label, input.Title);
        await db.SaveChangesAsync(ct);
    }
}
