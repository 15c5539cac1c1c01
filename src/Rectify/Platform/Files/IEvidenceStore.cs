namespace Rectify.Platform.Files;

/// <summary>Where evidence files live: a local folder now, an object store when several instances share the load.</summary>
public interface IEvidenceStore
{
    /// <summary>Stores the content under its SHA-256 and returns the hash and size; storing the same bytes twice keeps one copy.</summary>
    Task<StoredFile> SaveAsync(Stream content, CancellationToken ct);

    Stream Open(string sha256);
}

public sealed record StoredFile(string Sha256, long Size);
