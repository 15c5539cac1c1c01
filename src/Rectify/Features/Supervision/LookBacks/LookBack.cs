using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision.LookBacks;

public enum LookBackKind
{
    /// <summary>Due a set time after a measure was closed (per round, six months unless set).</summary>
    AfterCloseOut,
    /// <summary>Ordered by the office for every closed measure of a round.</summary>
    RoundReview,
}

public enum LookBackState { Pending, Held, Rebounded, Cancelled }

/// <summary>
/// 回头看: a check, when due, that a closed measure's rectification held. The reviewer confirms it held or records a
/// rebound (反弹) with the reason, which reopens the measure. It belongs to its measure's history.
/// </summary>
public sealed class LookBack : IVersioned, IAuditSubject
{
    private LookBack() { }

    public LookBack(Guid measureId, Guid roundId, LookBackKind kind, DateOnly dueOn, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        MeasureId = measureId;
        RoundId = roundId;
        Kind = kind;
        DueOn = dueOn;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid MeasureId { get; private set; }
    public Guid RoundId { get; private set; }
    public LookBackKind Kind { get; private set; }
    public DateOnly DueOn { get; private set; }
    public LookBackState State { get; private set; }
    /// <summary>What the reviewer found: how it held, or why it rebounded.</summary>
    public string? Finding { get; private set; }
    public Guid? ReviewedById { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; set; }

    public Guid AuditSubjectId => MeasureId;

    public void ConfirmHeld(string? finding, Guid reviewerId, string reviewer, DateTimeOffset at)
    {
        RequirePending();
        Decide(LookBackState.Held, string.IsNullOrWhiteSpace(finding) ? null : finding.Trim(), reviewerId, reviewer, at);
    }

    /// <summary>A rebound, with the reason; the action reopens the measure with <see cref="ReopenReason"/>, so its problem's status follows.</summary>
    public void RecordRebound(string reason, Guid reviewerId, string reviewer, DateTimeOffset at)
    {
        RequirePending();
        if (string.IsNullOrWhiteSpace(reason)) throw RuleViolation.Invalid(LookBackErrors.ReboundNeedsReason);
        Decide(LookBackState.Rebounded, reason.Trim(), reviewerId, reviewer, at);
    }

    /// <summary>Why the measure of a rebound reopens, as its history and the unit's message show it.</summary>
    public string ReopenReason => $"回头看发现反弹：{Finding}";

    /// <summary>A round's look-back ordered now takes in a look-back already scheduled: it is due today.</summary>
    public void BringForward(DateOnly today)
    {
        RequirePending();
        Kind = LookBackKind.RoundReview;
        if (DueOn > today) DueOn = today;
    }

    /// <summary>The measure went back to work by other means (reopened): nothing is left to look back on.</summary>
    public void Cancel() => State = State == LookBackState.Pending ? LookBackState.Cancelled : State;

    private void RequirePending()
    {
        if (State != LookBackState.Pending) throw new RuleViolation(LookBackErrors.AlreadyReviewed);
    }

    private void Decide(LookBackState state, string? finding, Guid reviewerId, string reviewer, DateTimeOffset at)
    {
        State = state;
        Finding = finding;
        ReviewedById = reviewerId;
        ReviewedBy = reviewer;
        ReviewedAt = at;
    }
}
