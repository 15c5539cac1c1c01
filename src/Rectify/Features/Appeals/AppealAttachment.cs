using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>A file the enterprise or a clerk attached, or a unit sent with its reply, kept by content hash in the evidence store.</summary>
public sealed class AppealAttachment : IAuditSubject
{
    private AppealAttachment() { }

    public AppealAttachment(Guid appealId, AttachmentPurpose purpose, string fileName, string contentType, long size, string sha256,
        string uploadedBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        AppealId = appealId;
        Purpose = purpose;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedBy = uploadedBy;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid AppealId { get; private set; }
    public AttachmentPurpose Purpose { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    Guid IAuditSubject.AuditSubjectId => AppealId;
}

/// <summary>What a file came with: the appeal itself (the enterprise's own material) or a unit's reply.</summary>
public enum AttachmentPurpose
{
    /// <summary>诉求材料: given with the appeal, on the public form or to the clerk.</summary>
    Submission,
    /// <summary>答复材料: sent by the handling unit with its reply.</summary>
    Reply,
}

public static class AttachmentPurposeNames
{
    public static string Label(this AttachmentPurpose purpose) => purpose switch
    {
        AttachmentPurpose.Submission => "诉求材料",
        AttachmentPurpose.Reply => "答复材料",
        _ => purpose.ToString(),
    };
}
