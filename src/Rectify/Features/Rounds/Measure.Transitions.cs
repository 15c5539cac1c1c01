using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

public sealed partial class Measure
{
    public void RecordProgress(string text, int percent, DateOnly on, DateOnly today)
    {
        if (Status == MeasureStatus.Closed) throw new RuleViolation(RoundsErrors.ProgressOnClosed);
        if (Status == MeasureStatus.CloseOutRequested) throw new RuleViolation(RoundsErrors.ProgressWhileRequested);
        if (string.IsNullOrWhiteSpace(text)) throw RuleViolation.Invalid(RoundsErrors.ProgressTextRequired);
        if (percent is < 0 or > 100) throw RuleViolation.Invalid(RoundsErrors.PercentOutOfRange);
        if (on > today) throw RuleViolation.Invalid(RoundsErrors.ProgressInFuture);
        // A stage-result measure stays under routine follow-up: its progress keeps its status.
        if (Status == MeasureStatus.NotStarted) Status = MeasureStatus.InProgress;
        if (LatestProgressOn is null || on >= LatestProgressOn)
        {
            LatestPercent = percent;
            LatestProgressOn = on;
            LatestProgressText = text.Trim();
        }
    }

    /// <summary>The responsible unit hands the measure in (交账): the request is kept with the measure until decided.</summary>
    public CloseOut RequestCloseOut(CloseOutRequest request)
    {
        switch (Status)
        {
            case MeasureStatus.Closed: throw new RuleViolation(RoundsErrors.CloseOutOnClosed);
            case MeasureStatus.CloseOutRequested: throw new RuleViolation(RoundsErrors.CloseOutAlreadyRequested);
            case MeasureStatus.NotStarted: throw new RuleViolation(RoundsErrors.CloseOutNeedsProgress);
        }
        if (string.IsNullOrWhiteSpace(request.Note)) throw RuleViolation.Invalid(RoundsErrors.CloseOutNeedsNote);
        if (request.EvidenceRequired && request.EvidenceCount == 0) throw new RuleViolation(RoundsErrors.CloseOutNeedsEvidence);
        var closeOut = new CloseOut(Id, request.Note, request.RequestedById, request.RequestedBy, request.At);
        CloseOuts.Add(closeOut);
        Status = MeasureStatus.CloseOutRequested;
        CloseOutRequestedOn = request.On;
        ReturnReason = null;
        ReopenReason = null;
        return closeOut;
    }

    public void ApproveCloseOut(CloseOutDecider by)
    {
        var pending = PendingCloseOut();
        Status = MeasureStatus.Closed;
        ClosedOn = by.On;
        CloseOutRequestedOn = null;
        LatestPercent = 100;
        pending.Decide(CloseOutDecision.Approved, null, by.Name, by.At);
    }

    public void ApproveAsStageResult(CloseOutDecider by)
    {
        var pending = PendingCloseOut();
        if (Kind != MeasureKind.LongTerm) throw new RuleViolation(RoundsErrors.StageResultOnlyLongTerm);
        Status = MeasureStatus.StageResult;
        ClosedOn = by.On;
        CloseOutRequestedOn = null;
        pending.Decide(CloseOutDecision.StageResult, null, by.Name, by.At);
    }

    public void ReturnCloseOut(string reason, CloseOutDecider by)
    {
        var pending = PendingCloseOut();
        if (string.IsNullOrWhiteSpace(reason)) throw RuleViolation.Invalid(RoundsErrors.ReturnNeedsReason);
        Status = MeasureStatus.InProgress;
        CloseOutRequestedOn = null;
        ReturnReason = reason.Trim();
        pending.Decide(CloseOutDecision.Returned, reason, by.Name, by.At);
    }

    /// <summary>
    /// A rebound (反弹) found after close-out: the measure goes back to work, labelled as reopened with the reason, and its
    /// percent starts again from 0: the 100% it was closed at no longer holds, and the unit reports anew.
    /// </summary>
    public void Reopen(string reason)
    {
        if (!Status.IsSettled()) throw new RuleViolation(RoundsErrors.ReopenOnlySettled);
        if (string.IsNullOrWhiteSpace(reason)) throw RuleViolation.Invalid(RoundsErrors.ReopenNeedsReason);
        Status = MeasureStatus.InProgress;
        ClosedOn = null;
        LatestPercent = 0;
        ReturnReason = null;
        ReopenReason = reason.Trim();
    }

    /// <summary>The request waiting for a decision; the action loads it with the measure (<c>RoundAccess.MeasureToReviewAsync</c>).</summary>
    private CloseOut PendingCloseOut()
    {
        if (Status != MeasureStatus.CloseOutRequested) throw new RuleViolation(RoundsErrors.NoPendingCloseOut);
        return CloseOuts.Where(c => c.Decision == CloseOutDecision.Pending).MaxBy(c => c.RequestedAt)
            ?? throw new InvalidOperationException($"The pending close-out of measure {Id} was not loaded with it.");
    }
}

/// <summary>What a close-out request carries: the 完成情况说明, how many evidence files the measure has, who and when.</summary>
public sealed record CloseOutRequest(string? Note, int EvidenceCount, bool EvidenceRequired, Guid? RequestedById, string RequestedBy,
    DateTimeOffset At, DateOnly On);

/// <summary>Who decides on a close-out and when (the day in China, and the moment).</summary>
public sealed record CloseOutDecider(string Name, DateTimeOffset At, DateOnly On);
