using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>回访 by the office or the hotline: the enterprise's answer, and its rating when it gave one on the call.</summary>
public sealed class RecordFollowUp(RectifyDbContext db, AppealAccess access)
{
    public async Task HandleAsync(Guid id, FollowUpInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var appeal = await access.ForOfficeAsync(id, ct);
        var at = await access.MomentAsync(ct);
        appeal.RecordFollowUp(input.Note ?? "", at);
        if (input.Rating is { } rating) appeal.Rate(rating, input.Note, at);
        await db.SaveChangesAsync(ct);
    }
}
