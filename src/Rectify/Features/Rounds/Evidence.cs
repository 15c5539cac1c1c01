using Rectify.Platform.Data;

namespace Rectify.Features.Rounds;

/// <summary>A file proving progress (佐证材料), stored by content hash outside the web root.</summary>
public sealed class Evidence : IAuditSubject
{
    private Evidence() { }

    public Evidence(Guid measureId, Guid? progressUpdateId, string fileName, string contentType, long size, string sha256,
        Guid? uploadedById, string uploadedBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        MeasureId = measureId;
        ProgressUpdateId = progressUpdateId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedById = uploadedById;
        UploadedBy = uploadedBy;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid MeasureId { get; private set; }
    public Guid? ProgressUpdateId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public Guid? UploadedById { get; private set; }
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    Guid IAuditSubject.AuditSubjectId => MeasureId;
}
