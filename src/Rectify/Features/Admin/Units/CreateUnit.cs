using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Features.Admin.Units;

public sealed class CreateUnit(RectifyDbContext db)
{
    public async Task<Guid> HandleAsync(UnitInput input, CancellationToken ct)
    {
        var parent = await SiblingNames.ParentAsync(db, input.ParentId, ct);
        await SiblingNames.RequireUniqueAsync(db, input.ParentId, input.Name, null, ct);
        var unit = new Unit(input.Name, input.ShortName, parent, input.SortOrder);
        unit.Rename(input.Name, input.ShortName, input.Aliases);
        unit.SupervisingLeader = Blank(input.SupervisingLeader);
        db.Add(unit);
        await db.SaveChangesAsync(ct);
        return unit.Id;
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
