using Microsoft.Extensions.Options;
using Rectify.Features.Rounds.Progress;
using Rectify.Platform;
using Rectify.Platform.Files;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>
/// Files that come with an appeal or a reply: each checked as the ledger's evidence is (<see cref="EvidenceInspection"/>:
/// kind by name and content, archive limits, active content, virus scan) and stored only when all pass, so a bad file
/// stores nothing. The public form has its own small caps (<see cref="AppealOptions.PublicMaxFiles"/>, …PublicMaxFileBytes).
/// </summary>
public sealed class AppealFiles(IEvidenceStore store, EvidenceInspection inspection, IOptions<RectifyOptions> options,
    IOptions<AppealOptions> appeals, TimeProvider time)
{
    public async Task<List<AppealAttachment>> StoreAsync(Guid appealId, AttachmentPurpose purpose, IReadOnlyList<UploadedFile> files,
        string uploadedBy, bool fromPublic, CancellationToken ct)
    {
        var maxFiles = fromPublic ? appeals.Value.PublicMaxFiles : appeals.Value.MaxFiles;
        var maxBytes = fromPublic ? Math.Min(appeals.Value.PublicMaxFileBytes, options.Value.Uploads.MaxBytes) : options.Value.Uploads.MaxBytes;
        if (files.Count > maxFiles) throw RuleViolation.Invalid(string.Format(AppealErrors.TooManyFiles, maxFiles));
        var checkedFiles = new List<(UploadedFile File, string Name, FileSignature.Kind Kind)>();
        foreach (var file in files)
        {
            var name = FileNames.Clean(file.FileName, options.Value.Files.MaxNameLength);
            if (file.Length == 0) throw RuleViolation.Invalid($"{name}：{AppealErrors.FileEmpty}");
            if (file.Length > maxBytes)
                throw new RuleViolation($"{name}：{string.Format(AppealErrors.FileTooLarge, FileErrors.Size(maxBytes))}", StatusCodes.Status413PayloadTooLarge);
            await using var stream = file.Open();
            try
            {
                checkedFiles.Add((file, name, await inspection.InspectAsync(stream, name, AppealErrors.FileTypeRefused, ct)));
            }
            catch (RuleViolation refused)
            {
                throw new RuleViolation($"{name}：{refused.Message}", refused.StatusCode);
            }
        }
        var attachments = new List<AppealAttachment>();
        foreach (var (file, name, kind) in checkedFiles)
        {
            await using var stream = file.Open();
            var stored = await store.SaveAsync(stream, ct);
            attachments.Add(new AppealAttachment(appealId, purpose, name, kind.ContentType, stored.Size, stored.Sha256, uploadedBy, time.GetUtcNow()));
        }
        return attachments;
    }
}
