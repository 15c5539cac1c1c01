using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>
/// One unit's turn with an appeal: from assignment (交办) to its return, transfer or checked reply. A reopened appeal
/// (重办) gets a new handling; all stay, so history and statistics see both rounds.
/// </summary>
public sealed class AppealHandling : IAuditSubject
{
    private AppealHandling() { }

    internal AppealHandling(Guid appealId, int sequence, int round, Guid unitId, AppealTier tier, DateOnly assignedOn,
        int workingDays, DateOnly timeLimit, bool uncertain)
    {
        Id = Guid.CreateVersion7();
        AppealId = appealId;
        Sequence = sequence;
        Round = round;
        UnitId = unitId;
        Tier = tier;
        AssignedOn = assignedOn;
        TimeLimitWorkingDays = workingDays;
        TimeLimit = timeLimit;
        TimeLimitUncertain = uncertain;
        Outcome = HandlingOutcome.Open;
    }

    public Guid Id { get; private set; }
    public Guid AppealId { get; private set; }
    /// <summary>Order among the appeal's handlings (1, 2, …).</summary>
    public int Sequence { get; private set; }
    /// <summary>The handling round: 1, then 2 after the first 重办, …</summary>
    public int Round { get; private set; }
    public Guid UnitId { get; private set; }
    public AppealTier Tier { get; private set; }
    public DateOnly AssignedOn { get; private set; }
    public int TimeLimitWorkingDays { get; private set; }
    public DateOnly TimeLimit { get; private set; }
    public bool TimeLimitUncertain { get; private set; }
    public HandlingOutcome Outcome { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? ReplyText { get; private set; }
    /// <summary>The day of the reply the office approved: on or before the limit counts as 按时.</summary>
    public DateOnly? RepliedOn { get; private set; }
    public int SentBackCount { get; private set; }
    public Rating? Rating { get; private set; }
    public DateOnly? RatedOn { get; private set; }

    Guid IAuditSubject.AuditSubjectId => AppealId;

    internal void End(HandlingOutcome outcome, DateOnly on)
    {
        Outcome = outcome;
        EndedOn = on;
    }

    internal void SentBack() => SentBackCount++;

    internal void Replied(string text, DateOnly repliedOn, DateOnly approvedOn)
    {
        ReplyText = text;
        RepliedOn = repliedOn;
        End(HandlingOutcome.Replied, approvedOn);
    }

    internal void Rated(Rating rating, DateOnly on)
    {
        Rating = rating;
        RatedOn = on;
    }
}

public enum HandlingOutcome
{
    Open,
    Returned,
    Transferred,
    Replied,
}

public static class HandlingOutcomeNames
{
    public static string Label(this HandlingOutcome outcome) => outcome switch
    {
        HandlingOutcome.Open => "办理中",
        HandlingOutcome.Returned => "已退回",
        HandlingOutcome.Transferred => "已转办",
        HandlingOutcome.Replied => "已答复",
        _ => outcome.ToString(),
    };
}
