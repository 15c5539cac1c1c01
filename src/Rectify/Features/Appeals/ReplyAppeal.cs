using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Progress;
using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>答复: the unit says what was done, with its material; the office checks it before the enterprise sees it.</summary>
public sealed class ReplyAppeal(RectifyDbContext db, AppealAccess access, AppealFiles files)
{
    public Task HandleAsync(Guid id, ReplyInput input, CancellationToken ct) => HandleAsync(id, input, [], ct);

    public async Task HandleAsync(Guid id, ReplyInput input, IReadOnlyList<UploadedFile> uploads, CancellationToken ct)
    {
        Inputs.Checked(input);
        var appeal = await access.ForUnitAsync(id, ct);
        var moment = await access.MomentAsync(ct);
        appeal.Reply(input.Text ?? "", moment);
        db.AddRange(await files.StoreAsync(appeal.Id, AttachmentPurpose.Reply, uploads, moment.By, fromPublic: false, ct));
        await db.SaveChangesAsync(ct);
    }
}
