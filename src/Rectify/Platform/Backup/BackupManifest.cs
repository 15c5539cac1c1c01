using System.Security.Cryptography;
using System.Text.Json;

namespace Rectify.Platform.Backup;

/// <summary>manifest.json of a backup: what was backed up, from which schema, and the SHA-256 of every file in it.</summary>
public sealed record BackupManifest(string Provider, string Migration, DateTimeOffset At, IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<BackupManifest> DescribeAsync(string dir, string provider, string migration, DateTimeOffset at, CancellationToken ct)
    {
        var files = new List<BackupFile>();
        foreach (var path in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(dir, path).Replace('\\', '/');
            if (relative == FileName) continue;
            files.Add(new BackupFile(relative, new FileInfo(path).Length, await HashAsync(path, ct)));
        }
        var manifest = new BackupManifest(provider, migration, at, files);
        await File.WriteAllTextAsync(Path.Combine(dir, FileName), JsonSerializer.Serialize(manifest, Json), ct);
        Data.PrivateFiles.Restrict(Path.Combine(dir, FileName));
        return manifest;
    }

    public static async Task<BackupManifest> ReadAsync(string dir, CancellationToken ct) =>
        JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(Path.Combine(dir, FileName), ct), Json)
        ?? throw new InvalidOperationException("备份清单为空");

    /// <summary>Every file listed is present with its hash, and nothing else is in the backup; the first difference otherwise.</summary>
    public async Task<string?> CheckAsync(string dir, CancellationToken ct)
    {
        foreach (var file in Files)
        {
            var path = Path.Combine(dir, file.Path);
            if (!File.Exists(path)) return $"备份缺少文件 {file.Path}";
            if (await HashAsync(path, ct) != file.Sha256) return $"备份文件 {file.Path} 的 SHA-256 与清单不符";
        }
        var listed = Files.Select(f => f.Path).ToHashSet();
        var extra = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(dir, p).Replace('\\', '/')).FirstOrDefault(p => p != FileName && !listed.Contains(p));
        return extra is null ? null : $"备份中有清单未列出的文件 {extra}";
    }

    public static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}

public sealed record BackupFile(string Path, long Bytes, string Sha256);
