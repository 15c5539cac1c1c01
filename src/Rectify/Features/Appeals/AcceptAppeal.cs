using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>受理, or 不予受理 with a reason: the office's first decision.</summary>
public sealed class AcceptAppeal(RectifyDbContext db, AppealAccess access)
{
    public async Task HandleAsync(Guid id, AcceptInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var appeal = await access.ForOfficeAsync(id, ct);
        var at = await access.MomentAsync(ct);
        if (input.Accept) appeal.Accept(at);
        else appeal.Decline(input.Reason ?? "", at);
        await db.SaveChangesAsync(ct);
    }
}
