using System.Security.Cryptography;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Platform.Files;

/// <summary>
/// Opens a stored file only after its content hashes to the SHA-256 recorded at upload: a file changed or replaced on
/// the server is not served, the user is told so, and the attempt is written to the audit as a security event.
/// </summary>
public sealed class VerifiedEvidence(IEvidenceStore store, ISecurityEventLog events)
{
    public const string TamperedDetail = "文件内容与上传时记录的 SHA-256 不一致，疑似被篡改，已拒绝下载";
    public const string MissingDetail = "文件在服务器上已不存在，无法下载";

    public async Task<Stream> OpenAsync(string sha256, string displayName, CancellationToken ct)
    {
        Stream content;
        try
        {
            content = store.Open(sha256);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            await events.RecordAsync(SecurityEventKind.Downloaded, false, displayName, MissingDetail, ct);
            throw new RuleViolation(FileErrors.Missing, StatusCodes.Status410Gone);
        }
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
        if (actual == sha256)
        {
            content.Position = 0;
            return content;
        }
        await content.DisposeAsync();
        await events.RecordAsync(SecurityEventKind.Downloaded, false, displayName, TamperedDetail, ct);
        throw new RuleViolation(FileErrors.Tampered, StatusCodes.Status409Conflict);
    }
}
