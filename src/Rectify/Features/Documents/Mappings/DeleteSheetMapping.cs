using Rectify.Platform.Data;

namespace Rectify.Features.Documents.Mappings;

public sealed class DeleteSheetMapping(RectifyDbContext db, SheetMappings mappings)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        db.Remove(await mappings.FindAsync(id, tracked: true, ct));
        await db.SaveChangesAsync(ct);
    }
}
