using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>A file the enterprise or a clerk attached, kept by content hash in the evidence store.</summary>
public sealed class AppealAttachment : IAuditSubject
{
    private AppealAttachment() { }

    public AppealAttachment(Guid appealId, string fileName, string contentType, long size, string sha256, string uploadedBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        AppealId = appealId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedBy = uploadedBy;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid AppealId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    Guid IAuditSubject.AuditSubjectId => AppealId;
}
