using Rectify.Platform.Calendar;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

public sealed partial class Appeal
{
    public void Accept(AppealMoment at)
    {
        if (State != AppealState.Submitted) throw new RuleViolation(AppealErrors.AcceptOnlySubmitted);
        State = AppealState.Accepted;
        AcceptedOn = at.On;
    }

    public void Decline(string reason, AppealMoment at)
    {
        if (State != AppealState.Submitted) throw new RuleViolation(AppealErrors.AcceptOnlySubmitted);
        if (string.IsNullOrWhiteSpace(reason)) throw RuleViolation.Invalid(AppealErrors.DeclineNeedsReason);
        State = AppealState.Declined;
        DeclineReason = reason.Trim();
        AcceptedOn = at.On;
        ClosedOn = at.On;
    }

    /// <summary>
    /// 交办: the unit's time limit is N working days from today (today not counted): 一般 and 难点 by the configured defaults,
    /// 重大 as the leading group decides. After 重办 the same or another unit may be chosen.
    /// </summary>
    public void Assign(Guid unitId, AppealTier tier, int? workingDays, AppealOptions deadlines, WorkingDayCalendar calendar, AppealMoment at)
    {
        if (State is not (AppealState.Accepted or AppealState.Returned or AppealState.Reopened))
            throw new RuleViolation(AppealErrors.AssignNotNow);
        var days = tier switch
        {
            AppealTier.Major => workingDays ?? throw RuleViolation.Invalid(AppealErrors.MajorNeedsDays),
            AppealTier.Difficult => workingDays ?? deadlines.DifficultDays,
            _ => workingDays ?? deadlines.GeneralDays,
        };
        Tier = tier;
        StartHandling(unitId, days, calendar, at.On);
        ReturnReason = null;
    }

    /// <summary>退回: the unit sends a misrouted appeal back to the office, which assigns it again.</summary>
    public void Return(string reason, AppealMoment at)
    {
        if (!State.IsWithUnit()) throw new RuleViolation(AppealErrors.ReturnOnlyAssigned);
        if (string.IsNullOrWhiteSpace(reason)) throw RuleViolation.Invalid(AppealErrors.ReturnNeedsReason);
        CurrentHandling?.End(HandlingOutcome.Returned, at.On);
        State = AppealState.Returned;
        ReturnReason = reason.Trim();
        ReturnCount++;
        ClearTransfer();
        UnitId = null;
        TimeLimit = null;
        TimeLimitWorkingDays = null;
        TimeLimitUncertain = false;
    }

    /// <summary>转办 asked by the unit: it keeps the appeal (and its clock) until the office consents.</summary>
    public void RequestTransfer(Guid toUnitId, string reason)
    {
        if (State != AppealState.Assigned) throw new RuleViolation(AppealErrors.TransferOnlyAssigned);
        if (toUnitId == UnitId) throw RuleViolation.Invalid(AppealErrors.TransferToSameUnit);
        if (string.IsNullOrWhiteSpace(reason)) throw RuleViolation.Invalid(AppealErrors.TransferNeedsReason);
        State = AppealState.TransferRequested;
        TransferToUnitId = toUnitId;
        TransferReason = reason.Trim();
        TransferRefusedReason = null;
    }

    /// <summary>The office consents: the new unit gets a fresh time limit of the same tier from today.</summary>
    public void ConsentTransfer(AppealOptions deadlines, WorkingDayCalendar calendar, AppealMoment at)
    {
        if (State != AppealState.TransferRequested || TransferToUnitId is not { } to) throw new RuleViolation(AppealErrors.NoTransferRequested);
        var days = TimeLimitWorkingDays ?? deadlines.GeneralDays;
        CurrentHandling?.End(HandlingOutcome.Transferred, at.On);
        ClearTransfer();
        StartHandling(to, days, calendar, at.On);
    }

    public void RefuseTransfer(string reason)
    {
        if (State != AppealState.TransferRequested) throw new RuleViolation(AppealErrors.NoTransferRequested);
        State = AppealState.Assigned;
        ClearTransfer();
        TransferRefusedReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    /// <summary>答复: the unit says what was done; the office checks it before it goes out.</summary>
    public void Reply(string text, AppealMoment at)
    {
        if (State != AppealState.Assigned) throw new RuleViolation(AppealErrors.ReplyOnlyAssigned);
        if (string.IsNullOrWhiteSpace(text)) throw RuleViolation.Invalid(AppealErrors.ReplyNeedsText);
        State = AppealState.Replied;
        ReplyText = text.Trim();
        RepliedOn = at.On;
        SendBackReason = null;
    }

    /// <summary>退回重答: a reply that answers nothing (only cites a rule) goes back to the unit; its clock keeps running.</summary>
    public void SendBackReply(string reason)
    {
        if (State != AppealState.Replied) throw new RuleViolation(AppealErrors.CheckOnlyReplied);
        if (string.IsNullOrWhiteSpace(reason)) throw RuleViolation.Invalid(AppealErrors.SendBackNeedsReason);
        State = AppealState.Assigned;
        SendBackReason = reason.Trim();
        RepliedOn = null;
        CurrentHandling?.SentBack();
    }

    /// <summary>审核通过: the reply goes out to the enterprise and the rating window opens.</summary>
    public void ApproveReply(AppealMoment at)
    {
        if (State != AppealState.Replied) throw new RuleViolation(AppealErrors.CheckOnlyReplied);
        CurrentHandling?.Replied(ReplyText!, RepliedOn!.Value, at.On);
        State = AppealState.ReplyApproved;
        ReplyApprovedOn = at.On;
    }

    /// <summary>回访: what the enterprise said when the office or the hotline called back.</summary>
    public void RecordFollowUp(string note, AppealMoment at)
    {
        if (State is not (AppealState.ReplyApproved or AppealState.Closed or AppealState.Reopened))
            throw new RuleViolation(AppealErrors.FollowUpNotNow);
        if (string.IsNullOrWhiteSpace(note)) throw RuleViolation.Invalid(AppealErrors.FollowUpNeedsNote);
        FollowUpNote = note.Trim();
        FollowUpOn = at.On;
    }

    /// <summary>好差评: 不满意 and 非常不满意 reopen it (重办); the other grades close it (已办结).</summary>
    public void Rate(Rating rating, string? comment, AppealMoment at)
    {
        if (State != AppealState.ReplyApproved) throw new RuleViolation(AppealErrors.RateOnlyAfterReply);
        if (rating == Appeals.Rating.NotRated) throw RuleViolation.Invalid(AppealErrors.RateNotRatedByHand);
        RecordRating(rating, at.On);
        RatingComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (rating.Reopens())
        {
            State = AppealState.Reopened;
            ReplyApprovedOn = null;
            return;
        }
        State = AppealState.Closed;
        ClosedOn = at.On;
    }

    /// <summary>No rating within the window: recorded as 未评价 and closed, never as satisfied. False when not yet due.</summary>
    public bool ExpireRating(AppealOptions deadlines, WorkingDayCalendar calendar, DateOnly today)
    {
        if (State != AppealState.ReplyApproved || ReplyApprovedOn is not { } from) return false;
        if (calendar.AddWorkingDays(from, deadlines.RatingWindowDays).Date >= today) return false;
        RecordRating(Appeals.Rating.NotRated, today);
        State = AppealState.Closed;
        ClosedOn = today;
        return true;
    }

    /// <summary>会商 of a 难点 appeal: the units that took part and what each owes.</summary>
    public AppealConsultation RecordConsultation(DateOnly heldOn, string summary, IReadOnlyList<ConsultationParticipant> participants)
    {
        if (Tier != AppealTier.Difficult) throw new RuleViolation(AppealErrors.ConsultOnlyDifficult);
        if (!(State.IsWithUnit() || State == AppealState.Replied)) throw new RuleViolation(AppealErrors.ConsultNotNow);
        if (participants.Count == 0) throw RuleViolation.Invalid(AppealErrors.ConsultNeedsParticipants);
        if (participants.Any(p => string.IsNullOrWhiteSpace(p.Duty))) throw RuleViolation.Invalid(AppealErrors.ConsultDutyRequired);
        var consultation = new AppealConsultation(Id, heldOn, summary.Trim(),
            participants.Select(p => p with { Duty = p.Duty.Trim() }));
        Consultations.Add(consultation);
        return consultation;
    }

    private void StartHandling(Guid unitId, int days, WorkingDayCalendar calendar, DateOnly today)
    {
        if (days is < 1 or > 250) throw RuleViolation.Invalid(AppealErrors.DaysOutOfRange);
        var limit = calendar.AddWorkingDays(today, days);
        if (State == AppealState.Reopened || HandlingRound == 0) HandlingRound++;
        Handlings.Add(new AppealHandling(Id, Handlings.Count + 1, HandlingRound, unitId, Tier!.Value, today, days, limit.Date, limit.Uncertain));
        State = AppealState.Assigned;
        UnitId = unitId;
        AssignedOn = today;
        TimeLimitWorkingDays = days;
        TimeLimit = limit.Date;
        TimeLimitUncertain = limit.Uncertain;
        ReplyText = null;
        RepliedOn = null;
        SendBackReason = null;
    }

    private void RecordRating(Rating rating, DateOnly on)
    {
        Rating = rating;
        RatedOn = on;
        Handlings.Where(h => h.Outcome == HandlingOutcome.Replied && h.Rating is null).MaxBy(h => h.Sequence)?.Rated(rating, on);
    }

    private void ClearTransfer()
    {
        TransferToUnitId = null;
        TransferReason = null;
    }
}
