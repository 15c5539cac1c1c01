using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>The office checks a reply before it goes out: approved, or 退回重答 when it answers nothing.</summary>
public sealed class CheckReply(RectifyDbContext db, AppealAccess access, AppealNotices notices)
{
    public async Task HandleAsync(Guid id, DecisionInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var appeal = await access.ForOfficeAsync(id, ct);
        if (input.Approve) appeal.ApproveReply(await access.MomentAsync(ct));
        else
        {
            appeal.SendBackReply(input.Reason ?? "");
            await notices.ReplySentBackAsync(appeal, ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
