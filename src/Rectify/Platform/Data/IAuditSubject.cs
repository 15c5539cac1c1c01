namespace Rectify.Platform.Data;

/// <summary>An entity whose changes belong in another item's history (progress in its measure's).</summary>
public interface IAuditSubject
{
    Guid AuditSubjectId { get; }
}
