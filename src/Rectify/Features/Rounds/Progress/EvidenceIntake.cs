using Microsoft.Extensions.Options;
using Rectify.Platform;
using Rectify.Platform.Files;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Progress;

/// <summary>
/// Checks every file first (<see cref="EvidenceInspection"/>: kind, archive limits, content, virus scan) and stores them
/// only when all pass, so a bad file stores nothing; each under its cleaned display name.
/// </summary>
public sealed class EvidenceIntake(IEvidenceStore store, EvidenceInspection inspection, IOptions<RectifyOptions> options, TimeProvider time)
{
    public async Task<List<Evidence>> StoreAsync(Guid measureId, Guid? progressUpdateId, IReadOnlyList<UploadedFile> files, ScopeData by, CancellationToken ct)
    {
        var maxBytes = options.Value.Uploads.MaxBytes;
        var checkedFiles = new List<(UploadedFile File, string Name, FileSignature.Kind Kind)>();
        foreach (var file in files)
        {
            var name = FileNames.Clean(file.FileName, options.Value.Files.MaxNameLength);
            if (file.Length == 0) throw RuleViolation.Invalid($"{name}:{RoundsErrors.FileEmpty}");
            if (file.Length > maxBytes)
                throw new RuleViolation($"{name}:{string.Format(RoundsErrors.FileTooLarge, maxBytes / 1024 / 1024)}", StatusCodes.Status413PayloadTooLarge);
            await using var stream = file.Open();
            try
            {
                checkedFiles.Add((file, name, await inspection.InspectAsync(stream, name, RoundsErrors.FileTypeRefused, ct)));
            }
            catch (RuleViolation refused)
            {
                throw new RuleViolation($"{name}:{refused.Message}", refused.StatusCode);
            }
        }
        var evidence = new List<Evidence>();
        foreach (var (file, name, kind) in checkedFiles)
        {
            await using var stream = file.Open();
            var stored = await store.SaveAsync(stream, ct);
            evidence.Add(new Evidence(measureId, progressUpdateId, name, kind.ContentType,
                stored.Size, stored.Sha256, by.UserId, by.FullName, time.GetUtcNow()));
        }
        return evidence;
    }
}
