using Rectify.Platform.Data;

namespace Rectify.Features.Rounds;

public enum CloseOutDecision
{
    Pending,
    Approved,
    StageResult,
    Returned,
}

/// <summary>A close-out request (交账) and the office's decision on it; every request is kept.</summary>
public sealed class CloseOut : IAuditSubject
{
    private CloseOut() { }

    public CloseOut(Guid measureId, string? note, Guid? requestedById, string requestedBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        MeasureId = measureId;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RequestedById = requestedById;
        RequestedBy = requestedBy;
        RequestedAt = at;
        Decision = CloseOutDecision.Pending;
    }

    public Guid Id { get; private set; }
    public Guid MeasureId { get; private set; }
    public string? Note { get; private set; }
    public Guid? RequestedById { get; private set; }
    public string RequestedBy { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public CloseOutDecision Decision { get; private set; }
    public string? Reason { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    public void Decide(CloseOutDecision decision, string? reason, string decidedBy, DateTimeOffset at)
    {
        Decision = decision;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        DecidedBy = decidedBy;
        DecidedAt = at;
    }

    Guid IAuditSubject.AuditSubjectId => MeasureId;
}
