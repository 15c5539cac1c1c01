using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using Rectify.Platform.Web;

namespace Rectify.Platform.Files;

/// <summary>
/// Streams a file to ClamAV's clamd (INSTREAM) before it is stored, where Rectify:Files:ClamAv names one. Fails
/// closed: a virus found, an error, or a clamd that cannot be reached refuses the file.
/// </summary>
public sealed class ClamAvScanner(IOptions<RectifyOptions> options, ILogger<ClamAvScanner> log)
{
    private const int ChunkSize = 64 * 1024;

    public bool Configured => !string.IsNullOrWhiteSpace(options.Value.Files.ClamAv);

    public async Task ScanAsync(Stream content, CancellationToken ct)
    {
        if (!Configured) return;
        var files = options.Value.Files;
        string reply;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(files.ClamAvTimeoutSeconds));
            reply = await InstreamAsync(files.ClamAv!, content, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException or FormatException && !ct.IsCancellationRequested)
        {
            log.LogError(e, "clamd at {Address} could not scan an upload", files.ClamAv);
            throw new RuleViolation(FileErrors.ScannerUnavailable, StatusCodes.Status503ServiceUnavailable);
        }
        finally
        {
            content.Position = 0;
        }
        if (reply.EndsWith("FOUND", StringComparison.Ordinal))
            throw RuleViolation.Invalid(string.Format(FileErrors.VirusFound, reply["stream:".Length..^"FOUND".Length].Trim()));
        if (!reply.EndsWith(" OK", StringComparison.Ordinal))
        {
            log.LogError("clamd at {Address} answered {Reply}", files.ClamAv, reply);
            throw new RuleViolation(FileErrors.ScannerUnavailable, StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<string> InstreamAsync(string address, Stream content, CancellationToken ct)
    {
        var colon = address.LastIndexOf(':');
        if (colon <= 0) throw new FormatException("Rectify:Files:ClamAv must be host:port");
        using var client = new TcpClient();
        await client.ConnectAsync(address[..colon], int.Parse(address[(colon + 1)..]), ct);
        await using var stream = client.GetStream();
        await stream.WriteAsync("zINSTREAM\0"u8.ToArray(), ct);
        content.Position = 0;
        var buffer = new byte[4 + ChunkSize];
        int read;
        while ((read = await content.ReadAsync(buffer.AsMemory(4, ChunkSize), ct)) > 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)read);
            await stream.WriteAsync(buffer.AsMemory(0, 4 + read), ct);
        }
        await stream.WriteAsync(new byte[4], ct);
        var answer = new MemoryStream();
        var one = new byte[256];
        while (answer.Length < 4096 && (read = await stream.ReadAsync(one, ct)) > 0)
        {
            answer.Write(one, 0, read);
            if (one.AsSpan(0, read).Contains((byte)0)) break;
        }
        return Encoding.ASCII.GetString(answer.ToArray()).TrimEnd('\0', '\n', ' ');
    }
}
