using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>A rectification measure (整改措施) and its state machine: the rules live here and nowhere else.</summary>
public sealed partial class Measure : IVersioned
{
    private Measure() { }

    public Measure(Guid roundId, Guid problemId, string label, string text, MeasureKind kind, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        RoundId = roundId;
        ProblemId = problemId;
        Label = label.Trim();
        Text = text.Trim();
        Kind = kind;
        SortOrder = sortOrder;
        Status = MeasureStatus.NotStarted;
    }

    /// <summary>
    /// The one way a new measure joins its problem: labelled by <see cref="Numbering.ForNew"/> (the label stated, else the
    /// next after its siblings' — 一是, 二是, … or whatever style they follow), placed last.
    /// </summary>
    public static Measure AddTo(Guid roundId, Guid problemId, IReadOnlyList<string> siblingLabels, string? label, string text, MeasureKind kind) =>
        new(roundId, problemId, Numbering.ForNew(label, siblingLabels, "一是"), text, kind, siblingLabels.Count + 1);

    public Guid Id { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid ProblemId { get; private set; }
    /// <summary>The enumeration it came from: 一是, 二是, …</summary>
    public string Label { get; private set; } = "";
    [TrigramSearch]
    public string Text { get; private set; } = "";
    public MeasureKind Kind { get; private set; }
    public int SortOrder { get; set; }

    public string? LeadLeader { get; private set; }
    public Guid? LeadLeaderUserId { get; private set; }
    public string? ResponsibleLeader { get; private set; }
    public Guid? ResponsibleLeaderUserId { get; private set; }
    public Guid? ResponsibleUnitId { get; private set; }
    public string? ResponsiblePerson { get; private set; }
    public Guid? ResponsiblePersonUserId { get; private set; }
    public List<MeasureCooperatingUnit> CooperatingUnits { get; private set; } = [];

    /// <summary>The day a working-day time limit counts from; else the round's feedback date.</summary>
    public DateOnly? StartDate { get; private set; }
    public int? TimeLimitWorkingDays { get; private set; }
    public DateOnly? TimeLimit { get; private set; }
    /// <summary>The limit reaches into a year whose holidays are not yet published.</summary>
    public bool TimeLimitUncertain { get; private set; }

    public MeasureStatus Status { get; private set; }
    public int LatestPercent { get; private set; }
    public DateOnly? LatestProgressOn { get; private set; }
    public string? LatestProgressText { get; private set; }
    /// <summary>Why the office returned the last close-out request (已退回); cleared when the unit asks again.</summary>
    public string? ReturnReason { get; private set; }
    /// <summary>Why a settled measure was reopened (已重新打开（反弹）); cleared when the unit asks for close-out again.</summary>
    public string? ReopenReason { get; private set; }
    /// <summary>The day (in China) the waiting close-out was requested: on or before the limit it is not overdue.</summary>
    public DateOnly? CloseOutRequestedOn { get; private set; }
    /// <summary>The close-out requests loaded with the measure (the pending one, for a decision); every request is kept.</summary>
    public List<CloseOut> CloseOuts { get; private set; } = [];
    public DateOnly? ClosedOn { get; private set; }
    public int Version { get; set; }

    public void Edit(string label, string text, MeasureKind kind)
    {
        Label = label.Trim();
        Text = text.Trim();
        Kind = kind;
        // A long-term measure has no time limit: cleared once it is long-term, so 限期 → 长期 saves in one step.
        if (kind == MeasureKind.LongTerm && TimeLimit is not null) ClearTimeLimit();
    }

    public void MoveTo(Guid problemId) => ProblemId = problemId;

    public void AssignResponsibility(MeasureResponsibility r)
    {
        LeadLeader = Clean(r.LeadLeader);
        LeadLeaderUserId = r.LeadLeaderUserId;
        ResponsibleLeader = Clean(r.ResponsibleLeader);
        ResponsibleLeaderUserId = r.ResponsibleLeaderUserId;
        ResponsibleUnitId = r.ResponsibleUnitId;
        ResponsiblePerson = Clean(r.ResponsiblePerson);
        ResponsiblePersonUserId = r.ResponsiblePersonUserId;
        var wanted = r.CooperatingUnitIds.Where(id => id != r.ResponsibleUnitId).Distinct().ToList();
        CooperatingUnits.RemoveAll(c => !wanted.Contains(c.UnitId));
        foreach (var id in wanted.Where(id => CooperatingUnits.All(c => c.UnitId != id)))
            CooperatingUnits.Add(new MeasureCooperatingUnit(Id, id));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The three lists' columns for one measure; names stay as written when no account matches.</summary>
public sealed record MeasureResponsibility(
    string? LeadLeader, Guid? LeadLeaderUserId,
    string? ResponsibleLeader, Guid? ResponsibleLeaderUserId,
    Guid? ResponsibleUnitId, IReadOnlyList<Guid> CooperatingUnitIds,
    string? ResponsiblePerson, Guid? ResponsiblePersonUserId);

public sealed class MeasureCooperatingUnit
{
    private MeasureCooperatingUnit() { }

    public MeasureCooperatingUnit(Guid measureId, Guid unitId)
    {
        MeasureId = measureId;
        UnitId = unitId;
    }

    public Guid MeasureId { get; private set; }
    public Guid UnitId { get; private set; }
}
