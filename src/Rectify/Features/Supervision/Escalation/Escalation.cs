using Rectify.Platform.Data;

namespace Rectify.Features.Supervision.Escalation;

public enum EscalationKind
{
    /// <summary>催办: an urging notice to the units of the chosen items.</summary>
    Urging,
    /// <summary>约谈: a talk with a unit's leaders: with whom, when, why, and its outcome.</summary>
    Talk,
    /// <summary>移交纪委: a case referred to discipline inspection, visible to inspectors.</summary>
    Referral,
}

/// <summary>
/// A step of escalation taken by the office about a unit and some of its measures: urging, a talk, a referral.
/// Each linked measure's history shows it.
/// </summary>
public sealed class Escalation : IVersioned
{
    private Escalation() { }

    public Escalation(EscalationKind kind, Guid unitId, string subject, string reason, DateOnly on, Guid createdById, string createdBy,
        DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        UnitId = unitId;
        Subject = subject.Trim();
        Reason = reason.Trim();
        On = on;
        CreatedById = createdById;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public EscalationKind Kind { get; private set; }
    /// <summary>The unit concerned: urged, talked with, referred.</summary>
    public Guid UnitId { get; private set; }
    /// <summary>To whom: the urged unit's contact, the persons talked with, the receiving discipline body.</summary>
    public string Subject { get; private set; } = "";
    /// <summary>Why, or the urging's text.</summary>
    public string Reason { get; private set; } = "";
    /// <summary>When it was issued, held or referred.</summary>
    public DateOnly On { get; private set; }
    /// <summary>A talk's outcome (表态、整改承诺), recorded when known.</summary>
    public string? Outcome { get; private set; }
    public Guid CreatedById { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public List<EscalationItem> Items { get; private set; } = [];
    public int Version { get; set; }

    public void Link(IEnumerable<Guid> measureIds)
    {
        foreach (var id in measureIds.Distinct()) Items.Add(new EscalationItem(Id, id));
    }

    public void RecordOutcome(string outcome) => Outcome = string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim();
}

/// <summary>A measure an escalation concerns; its changes belong in the measure's history.</summary>
public sealed class EscalationItem : IAuditSubject
{
    private EscalationItem() { }

    public EscalationItem(Guid escalationId, Guid measureId) => (EscalationId, MeasureId) = (escalationId, measureId);

    public Guid EscalationId { get; private set; }
    public Guid MeasureId { get; private set; }
    public Guid AuditSubjectId => MeasureId;
}
