using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Text;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>One appeal with its handlings, consultations, the similar-appeal hint and the viewer's actions.</summary>
public sealed class AppealDetailsQuery(RectifyDbContext db, AppealAccess access, UserScope user, WorkingDayCalendar calendar,
    IOptions<AppealOptions> deadlines, RaisedProblemQuery raised, TimeProvider time)
{
    public async Task<AppealDetails> HandleAsync(Guid id, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        var a = await access.Visible(scope).Include(x => x.Handlings).Include(x => x.Consultations).AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(AppealErrors.AppealNotFound);
        var unitIds = a.Handlings.Select(h => h.UnitId).Concat(a.Consultations.SelectMany(c => c.Participants.Select(p => p.UnitId)))
            .Append(a.OwnerUnitId).Concat(new[] { a.UnitId, a.TransferToUnitId }.OfType<Guid>()).Distinct().ToList();
        var units = await db.Set<Unit>().AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.ShortName, ct);
        string Name(Guid? unit) => unit is { } u && units.TryGetValue(u, out var n) ? n : "";

        var full = AppealAccess.SeesContact(scope, a.OwnerUnitId, a.UnitId);
        var light = AppealLights.Of(a.State, a.TimeLimit, time.Today(), deadlines.Value.DueSoonDays, calendar);
        var handlings = a.Handlings.OrderBy(h => h.Sequence).Select(h => new HandlingRow(h.Sequence, h.Round, Name(h.UnitId), h.Tier.Label(),
            h.AssignedOn, h.TimeLimit, h.TimeLimitUncertain, h.Outcome.Label(), h.EndedOn, h.ReplyText, h.RepliedOn,
            h.RepliedOn is { } r && r <= h.TimeLimit, h.SentBackCount, h.Rating?.Label())).ToList();
        var consultations = a.Consultations.OrderBy(c => c.HeldOn).Select(c => new ConsultationRow(c.HeldOn, c.Summary,
            c.Participants.Select(p => new ConsultationDutyRow(Name(p.UnitId), p.Duty)).ToList())).ToList();

        return new AppealDetails(a.Id, a.EnterpriseName, a.CreditCode,
            full ? a.ContactName : ContactMask.Name(a.ContactName), full ? a.ContactPhone : ContactMask.Phone(a.ContactPhone), !full,
            a.Channel, a.Channel.Label(), a.Category, a.Category.Label(), a.Title, a.Text, a.State, a.State.Label(), a.Tier, a.Tier?.Label(),
            a.OwnerUnitId, Name(a.OwnerUnitId), a.UnitId, a.UnitId is null ? null : Name(a.UnitId), a.SubmittedAt, a.SubmittedBy,
            a.AcceptedOn, a.DeclineReason, a.AssignedOn, a.TimeLimitWorkingDays, a.TimeLimit, a.TimeLimitUncertain, light, light.Label(),
            a.HandlingRound, a.ReturnReason, a.ReturnCount, a.TransferToUnitId, a.TransferToUnitId is null ? null : Name(a.TransferToUnitId),
            a.TransferReason, a.TransferRefusedReason, a.ReplyText, a.RepliedOn, a.SendBackReason, a.ReplyApprovedOn, a.FollowUpNote,
            a.FollowUpOn, a.Rating, a.Rating?.Label(), a.RatingComment, a.ClosedOn, a.ExternalId, a.RaisedProblemId, handlings,
            consultations, await SimilarOpenAsync(scope, a, ct), await AttachmentsAsync(a.Id, ct),
            await raised.ForAppealAsync(a.RaisedProblemId, ct), ActionsFor(scope, a), a.Version);
    }

    /// <summary>Open appeals of the same enterprise the viewer may see: same credit code, or the same name.</summary>
    public async Task<IReadOnlyList<SimilarAppealRow>> SimilarOpenAsync(ScopeData scope, Appeal a, CancellationToken ct)
    {
        var code = a.CreditCode;
        var found = await access.Visible(scope)
            .Where(x => x.Id != a.Id && x.State != AppealState.Declined && x.State != AppealState.Closed)
            .Where(x => (code != null && x.CreditCode == code) || x.EnterpriseName == a.EnterpriseName)
            .OrderByDescending(x => x.SubmittedAt).ThenByDescending(x => x.Id).Take(5)
            .Select(x => new { x.Id, x.Title, x.State, x.SubmittedOn }).ToListAsync(ct);
        return found.Select(x => new SimilarAppealRow(x.Id, x.Title, x.State.Label(), x.SubmittedOn)).ToList();
    }

    private async Task<IReadOnlyList<AttachmentRow>> AttachmentsAsync(Guid appealId, CancellationToken ct)
    {
        var found = await db.Set<AppealAttachment>().AsNoTracking().Where(f => f.AppealId == appealId).OrderBy(f => f.At).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.Purpose, f.FileName, f.Size, f.UploadedBy, f.At }).ToListAsync(ct);
        return found.Select(f => new AttachmentRow(f.Id, f.Purpose, f.Purpose.Label(), f.FileName, f.Size, f.UploadedBy, f.At)).ToList();
    }

    private static AppealActions ActionsFor(ScopeData scope, Appeal a)
    {
        var office = scope.Role == Role.Office;
        var unit = scope.Role == Role.UnitStaff && a.UnitId is { } u && scope.InScope(u);
        return new AppealActions(
            Accept: office && a.State == AppealState.Submitted,
            Assign: office && a.State is AppealState.Accepted or AppealState.Returned or AppealState.Reopened,
            DecideTransfer: office && a.State == AppealState.TransferRequested,
            CheckReply: office && a.State == AppealState.Replied,
            FollowUp: office && a.State is AppealState.ReplyApproved or AppealState.Closed or AppealState.Reopened,
            Consult: office && a.Tier == AppealTier.Difficult && (a.State.IsWithUnit() || a.State == AppealState.Replied),
            Return: unit && a.State.IsWithUnit(),
            Transfer: unit && a.State == AppealState.Assigned,
            Reply: unit && a.State == AppealState.Assigned,
            Raise: office && a.State != AppealState.Declined && a.RaisedProblemId is null);
    }
}
