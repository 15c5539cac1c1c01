using Microsoft.Extensions.Options;
using Rectify.Platform;
using Rectify.Platform.Files;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Progress;

/// <summary>Checks every file first and stores them only when all pass, so a bad file stores nothing.</summary>
public sealed class EvidenceIntake(IEvidenceStore store, IOptions<RectifyOptions> options, TimeProvider time)
{
    public async Task<List<Evidence>> StoreAsync(Guid measureId, Guid? progressUpdateId, IReadOnlyList<UploadedFile> files, ScopeData by, CancellationToken ct)
    {
        var maxBytes = options.Value.Uploads.MaxBytes;
        var checkedFiles = new List<(UploadedFile File, FileSignature.Kind Kind)>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            if (file.Length == 0) throw RuleViolation.Invalid($"{name}:{RoundsErrors.FileEmpty}");
            if (file.Length > maxBytes)
                throw new RuleViolation($"{name}:{string.Format(RoundsErrors.FileTooLarge, maxBytes / 1024 / 1024)}", StatusCodes.Status413PayloadTooLarge);
            await using var stream = file.Open();
            var kind = FileSignature.Detect(stream, name) ?? throw RuleViolation.Invalid($"{name}:{RoundsErrors.FileTypeRefused}");
            checkedFiles.Add((file, kind));
        }
        var evidence = new List<Evidence>();
        foreach (var (file, kind) in checkedFiles)
        {
            await using var stream = file.Open();
            var stored = await store.SaveAsync(stream, ct);
            evidence.Add(new Evidence(measureId, progressUpdateId, Path.GetFileName(file.FileName), kind.ContentType,
                stored.Size, stored.Sha256, by.UserId, by.FullName, time.GetUtcNow()));
        }
        return evidence;
    }
}
