using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rectify.Platform;
using Rectify.Platform.Files;
using Rectify.Platform.Web;

namespace Rectify.UnitTests.Platform.Files;

/// <summary>clamd's INSTREAM protocol against a small fake clamd: a real one needs a signature database from the internet.</summary>
public class ClamAvScannerTests
{
    private static readonly byte[] Eicar = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"u8.ToArray();

    private static ClamAvScanner Scanner(string? address) =>
        new(Options.Create(new RectifyOptions { Files = new FilesOptions { ClamAv = address, ClamAvTimeoutSeconds = 5 } }), NullLogger<ClamAvScanner>.Instance);

    [Fact]
    public async Task A_clean_file_is_streamed_whole_in_chunks_and_passes()
    {
        var content = new byte[150 * 1024];
        new Random(3).NextBytes(content);
        await using var clamd = FakeClamd.Start();

        await Scanner(clamd.Address).ScanAsync(new MemoryStream(content), CancellationToken.None);

        Assert.Equal("zINSTREAM", await clamd.Command);
        Assert.Equal(content, await clamd.Received);
    }

    [Fact]
    public async Task A_file_clamd_finds_a_virus_in_is_refused_with_its_name()
    {
        await using var clamd = FakeClamd.Start();

        var refusal = await Assert.ThrowsAsync<RuleViolation>(() => Scanner(clamd.Address).ScanAsync(new MemoryStream(Eicar), CancellationToken.None));

        Assert.Equal("该文件未通过病毒查杀（Eicar-Test-Signature），已拒绝", refusal.Message);
    }

    [Fact]
    public async Task An_unreachable_clamd_refuses_the_file_rather_than_let_it_through()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var refusal = await Assert.ThrowsAsync<RuleViolation>(() => Scanner($"127.0.0.1:{port}").ScanAsync(new MemoryStream(Eicar), CancellationToken.None));

        Assert.Equal((503, FileErrors.ScannerUnavailable), (refusal.StatusCode, refusal.Message));
    }

    [Fact]
    public async Task Without_clamd_configured_nothing_is_scanned() =>
        await Scanner(null).ScanAsync(new MemoryStream(Eicar), CancellationToken.None);

    /// <summary>Answers one INSTREAM as clamd does: FOUND for the EICAR test string, OK for anything else.</summary>
    private sealed class FakeClamd : IAsyncDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly TaskCompletionSource<string> command = new();
        private readonly TaskCompletionSource<byte[]> received = new();

        public string Address => $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        public Task<string> Command => command.Task;
        public Task<byte[]> Received => received.Task;

        public static FakeClamd Start()
        {
            var clamd = new FakeClamd();
            clamd.listener.Start();
            _ = clamd.ServeAsync();
            return clamd;
        }

        private async Task ServeAsync()
        {
            using var client = await listener.AcceptTcpClientAsync();
            await using var stream = client.GetStream();
            var name = new List<byte>();
            var one = new byte[1];
            while (await stream.ReadAsync(one) == 1 && one[0] != 0) name.Add(one[0]);
            command.SetResult(Encoding.ASCII.GetString(name.ToArray()));
            var data = new MemoryStream();
            var size = new byte[4];
            while (true)
            {
                await stream.ReadExactlyAsync(size);
                var length = BinaryPrimitives.ReadUInt32BigEndian(size);
                if (length == 0) break;
                var chunk = new byte[length];
                await stream.ReadExactlyAsync(chunk);
                data.Write(chunk);
            }
            received.SetResult(data.ToArray());
            var found = data.ToArray().AsSpan().IndexOf(Eicar) >= 0;
            await stream.WriteAsync(Encoding.ASCII.GetBytes(found ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0"));
        }

        public ValueTask DisposeAsync()
        {
            listener.Stop();
            return ValueTask.CompletedTask;
        }
    }
}
