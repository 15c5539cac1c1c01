using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>答复: the unit says what was done; the office checks it before the enterprise sees it.</summary>
public sealed class ReplyAppeal(RectifyDbContext db, AppealAccess access)
{
    public async Task HandleAsync(Guid id, ReplyInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var appeal = await access.ForUnitAsync(id, ct);
        appeal.Reply(input.Text ?? "", await access.MomentAsync(ct));
        await db.SaveChangesAsync(ct);
    }
}
