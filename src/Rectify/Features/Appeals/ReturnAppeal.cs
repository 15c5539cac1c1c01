using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>退回: the unit sends a misrouted appeal back to the office with its reason.</summary>
public sealed class ReturnAppeal(RectifyDbContext db, AppealAccess access, AppealNotices notices)
{
    public async Task HandleAsync(Guid id, ReasonInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var appeal = await access.ForUnitAsync(id, ct);
        var fromUnit = appeal.UnitId!.Value;
        appeal.Return(input.Reason ?? "", await access.MomentAsync(ct));
        await notices.ReturnedAsync(appeal, fromUnit, ct);
        await db.SaveChangesAsync(ct);
    }
}
