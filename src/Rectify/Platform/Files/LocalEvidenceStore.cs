using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Rectify.Platform.Files;

/// <summary>Files under {DataDir}/evidence/ab/abcdef…, outside the web root, named by content hash.</summary>
public sealed class LocalEvidenceStore(IOptions<RectifyOptions> options, IHostEnvironment host) : IEvidenceStore
{
    private string Root => Path.Combine(options.Value.ResolveDataDir(host.ContentRootPath), "evidence");

    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(Root);
        var temp = Path.Combine(Root, $"upload-{Guid.NewGuid():N}.tmp");
        try
        {
            string hash;
            long size;
            await using (var file = File.Create(temp))
            using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
                size = file.Length;
            }
            var target = PathOf(hash);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target)) File.Move(temp, target);
            return new StoredFile(hash, size);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower)) throw new ArgumentException("bad hash", nameof(sha256));
        return Path.Combine(Root, sha256[..2], sha256);
    }
}
