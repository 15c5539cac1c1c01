using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>会商: a 难点 appeal's joint consultation — when, what was agreed, and each taking part unit's duty.</summary>
public sealed class AppealConsultation : IAuditSubject
{
    private AppealConsultation() { }

    internal AppealConsultation(Guid appealId, DateOnly heldOn, string summary, IEnumerable<ConsultationParticipant> participants)
    {
        Id = Guid.CreateVersion7();
        AppealId = appealId;
        HeldOn = heldOn;
        Summary = summary;
        Participants = participants.ToList();
    }

    public Guid Id { get; private set; }
    public Guid AppealId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string Summary { get; private set; } = "";
    /// <summary>Stored as JSON: the units and what each owes.</summary>
    public List<ConsultationParticipant> Participants { get; private set; } = [];

    Guid IAuditSubject.AuditSubjectId => AppealId;
}

public sealed record ConsultationParticipant(Guid UnitId, string Duty);
