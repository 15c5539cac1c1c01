using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>
/// What an enterprise sees with its tracking code: the stage, the checked reply, its rating, the names of the files it gave.
/// Nothing internal: no unit, no return, no check, and no file a unit or the office added.
/// </summary>
public sealed record PublicAppealView(
    string EnterpriseName, string Title, DateOnly SubmittedOn, string Stage, string? DeclineReason, string? Reply, DateOnly? RepliedOn,
    string? Rating, bool CanRate, IReadOnlyList<string> OwnFiles);

/// <summary>The public follow-up read, by the code's hash; null when no appeal has that code.</summary>
public sealed class PublicAppealQuery(RectifyDbContext db)
{
    public async Task<PublicAppealView?> HandleAsync(string? typedCode, CancellationToken ct)
    {
        var hash = PublicIntake.HashOfTyped(typedCode);
        if (hash is null) return null;
        var a = await db.Set<Appeal>().AsNoTracking().Where(x => x.TrackingCodeHash == hash)
            .Select(x => new { x.Id, x.EnterpriseName, x.Title, x.SubmittedOn, x.State, x.DeclineReason, x.ReplyText, x.ReplyApprovedOn, x.Rating, x.RatedOn, x.ClosedOn })
            .SingleOrDefaultAsync(ct);
        if (a is null) return null;
        var files = await db.Set<AppealAttachment>().AsNoTracking().Where(f => f.AppealId == a.Id && f.Purpose == AttachmentPurpose.Submission)
            .OrderBy(f => f.At).Select(f => f.FileName).ToListAsync(ct);
        // Only a reply the office approved goes out; after 重办 the old reply no longer stands.
        var replyOut = a.State is AppealState.ReplyApproved or AppealState.Closed && a.ReplyText is not null;
        return new PublicAppealView(a.EnterpriseName, a.Title, a.SubmittedOn, a.State.PublicLabel(),
            a.State == AppealState.Declined ? a.DeclineReason : null, replyOut ? a.ReplyText : null, replyOut ? a.ReplyApprovedOn : null,
            a.State == AppealState.Closed ? a.Rating?.Label() : null, a.State == AppealState.ReplyApproved, files);
    }
}

/// <summary>The enterprise rates the reply on the follow-up page; 不满意 and 非常不满意 reopen it.</summary>
public sealed class RateByCode(RectifyDbContext db, TimeProvider time)
{
    public async Task<bool> HandleAsync(string? typedCode, RateInput input, CancellationToken ct)
    {
        Rounds.Inputs.Checked(input);
        var hash = PublicIntake.HashOfTyped(typedCode);
        if (hash is null) return false;
        var appeal = await db.Set<Appeal>().Include(a => a.Handlings).SingleOrDefaultAsync(a => a.TrackingCodeHash == hash, ct);
        if (appeal is null) return false;
        appeal.Rate(input.Rating, input.Comment, new AppealMoment(time.GetUtcNow(), Platform.Calendar.ChinaClock.Today(time), "企业评价"));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
