using Rectify.Platform.Data;

namespace Rectify.Features.Similar;

/// <summary>The office's note that two problems are the same problem (举一反三); shown on both problems' pages.</summary>
public sealed class ProblemLink : IAuditSubject
{
    private ProblemLink() { }

    public ProblemLink(Guid problemId, Guid linkedProblemId, string? note, Guid linkedByUserId, string linkedBy, DateTimeOffset linkedAt)
    {
        Id = Guid.CreateVersion7();
        ProblemId = problemId;
        LinkedProblemId = linkedProblemId;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        LinkedByUserId = linkedByUserId;
        LinkedBy = linkedBy;
        LinkedAt = linkedAt;
    }

    public Guid Id { get; private set; }
    /// <summary>The problem whose page the office linked from.</summary>
    public Guid ProblemId { get; private set; }
    public Guid LinkedProblemId { get; private set; }
    public string? Note { get; private set; }
    public Guid LinkedByUserId { get; private set; }
    public string LinkedBy { get; private set; } = "";
    public DateTimeOffset LinkedAt { get; private set; }

    public Guid AuditSubjectId => ProblemId;

    public Guid OtherThan(Guid problemId) => problemId == ProblemId ? LinkedProblemId : ProblemId;
}
