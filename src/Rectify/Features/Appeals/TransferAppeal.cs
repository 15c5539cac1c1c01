using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>转办 asked by the unit: it names the unit that should handle it; the office decides.</summary>
public sealed class TransferAppeal(RectifyDbContext db, AppealAccess access)
{
    public async Task HandleAsync(Guid id, TransferInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var appeal = await access.ForUnitAsync(id, ct);
        await access.CheckUnitAsync(input.ToUnitId, ct);
        appeal.RequestTransfer(input.ToUnitId, input.Reason ?? "");
        await db.SaveChangesAsync(ct);
    }
}
