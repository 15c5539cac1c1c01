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

    public void RequestCloseOut(bool hasEvidence)
    {
        switch (Status)
        {
            case MeasureStatus.Closed: throw new RuleViolation(RoundsErrors.CloseOutOnClosed);
            case MeasureStatus.CloseOutRequested: throw new RuleViolation(RoundsErrors.CloseOutAlreadyRequested);
            case MeasureStatus.NotStarted: throw new RuleViolation(RoundsErrors.CloseOutNeedsProgress);
        }
        if (!hasEvidence) throw new RuleViolation(RoundsErrors.CloseOutNeedsEvidence);
        Status = MeasureStatus.CloseOutRequested;
        ReturnReason = null;
    }

    public void ApproveCloseOut(DateOnly today)
    {
        if (Status != MeasureStatus.CloseOutRequested) throw new RuleViolation(RoundsErrors.NoPendingCloseOut);
        Status = MeasureStatus.Closed;
        ClosedOn = today;
        ReturnReason = null;
        LatestPercent = 100;
    }

    public void ApproveAsStageResult(DateOnly today)
    {
        if (Status != MeasureStatus.CloseOutRequested) throw new RuleViolation(RoundsErrors.NoPendingCloseOut);
        if (Kind != MeasureKind.LongTerm) throw new RuleViolation(RoundsErrors.StageResultOnlyLongTerm);
        Status = MeasureStatus.StageResult;
        ClosedOn = today;
        ReturnReason = null;
    }

    public void ReturnCloseOut(string reason)
    {
        if (Status != MeasureStatus.CloseOutRequested) throw new RuleViolation(RoundsErrors.NoPendingCloseOut);
        if (string.IsNullOrWhiteSpace(reason)) throw RuleViolation.Invalid(RoundsErrors.ReturnNeedsReason);
        Status = MeasureStatus.InProgress;
        ReturnReason = reason.Trim();
    }

    /// <summary>A rebound found by a look-back: the measure goes back to work, the reason kept in its history.</summary>
    public void Reopen(string reason)
    {
        if (!Status.IsSettled()) throw new RuleViolation(RoundsErrors.ReopenOnlySettled);
        if (string.IsNullOrWhiteSpace(reason)) throw RuleViolation.Invalid(RoundsErrors.ReopenNeedsReason);
        Status = MeasureStatus.InProgress;
        ClosedOn = null;
        ReturnReason = reason.Trim();
    }
}
