using Rectify.Platform.Data;

namespace Rectify.Features.Rounds;

/// <summary>One progress report (整改进展) on a measure; its evidence hangs from it.</summary>
public sealed class ProgressUpdate : IAuditSubject
{
    private ProgressUpdate() { }

    public ProgressUpdate(Guid measureId, string text, int percent, DateOnly on, Guid? reportedById, string reportedBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        MeasureId = measureId;
        Text = text.Trim();
        Percent = percent;
        On = on;
        ReportedById = reportedById;
        ReportedBy = reportedBy;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid MeasureId { get; private set; }
    public string Text { get; private set; } = "";
    public int Percent { get; private set; }
    public DateOnly On { get; private set; }
    public Guid? ReportedById { get; private set; }
    public string ReportedBy { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    Guid IAuditSubject.AuditSubjectId => MeasureId;
}
