using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Demo.Generator;
using Rectify.Features.Documents.Excel;
using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Calendar;
using Rectify.Platform.Security;

namespace Rectify.IntegrationTests.Documents;

public class LargeExportTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Twenty_thousand_measures_leave_in_batch_sized_pieces_and_the_whole_sheet_is_never_held()
    {
        await using var factory = new RectifyFactory();
        factory.CreateClient().Dispose();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var generator = ActivatorUtilities.CreateInstance<ProvinceGenerator>(scope.ServiceProvider);
            var options = new GeneratorOptions { Units = 40, Rounds = 4, Problems = 5_000, Measures = 20_000, Appeals = 0, Seed = 11, Today = factory.Clock.Today() };
            await generator.GenerateAsync(options, TextWriter.Null, CancellationToken.None);
        }

        await using var export = factory.Services.CreateAsyncScope();
        // Set here, not in a helper: an async method's changes to the ambient context do not flow back to its caller.
        export.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { User = await PrincipalAsync(export.ServiceProvider, "province-office"), RequestServices = export.ServiceProvider };
        var sink = new PieceCounter();
        var clock = Stopwatch.StartNew();
        await export.ServiceProvider.GetRequiredService<LedgerExport>().WriteAsync(new LedgerFilter(), sink, CancellationToken.None);
        output.WriteLine($"{sink.Total:N0} bytes in {sink.Pieces} pieces, largest {sink.Largest:N0}, {clock.ElapsedMilliseconds} ms");

        Assert.True(sink.Pieces >= 20_000 / LedgerExport.BatchSize, $"{sink.Pieces} pieces");
        Assert.True(sink.Largest < sink.Total / 4, $"largest piece {sink.Largest} of {sink.Total}");
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(sink.Bytes.ToArray()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count();
        Assert.Equal(20_000 + 2, rows);

        // The same 20,000 measures imported as one new round: written in batches inside one transaction.
        await using var import = factory.Services.CreateAsyncScope();
        import.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { User = await PrincipalAsync(import.ServiceProvider, "province-office"), RequestServices = import.ServiceProvider };
        var db = import.ServiceProvider.GetRequiredService<Rectify.Platform.Data.RectifyDbContext>();
        var root = await db.Set<Rectify.Platform.Organization.Unit>().SingleAsync(u => u.ParentId == null);
        clock.Restart();
        var roundId = (await import.ServiceProvider.GetRequiredService<ImportLedgerSheet>().HandleAsync(new MemoryStream(sink.Bytes.ToArray()),
            new ImportLedgerSheetInput(root.Id, "两万条措施", "省委巡视组", null), null, new ImportProgress(), CancellationToken.None)).RoundId;
        output.WriteLine($"imported in {clock.ElapsedMilliseconds} ms");

        Assert.True(20_000 > Rectify.Features.Rounds.Structure.ImportRound.BatchSize);
        Assert.Equal(20_000, await db.Set<Rectify.Features.Rounds.Measure>().CountAsync(m => m.RoundId == roundId));
        Assert.Equal(await db.Set<Rectify.Features.Rounds.Problem>().CountAsync(p => p.RoundId != roundId),
            await db.Set<Rectify.Features.Rounds.Problem>().CountAsync(p => p.RoundId == roundId));
        // The generator writes without audit: every measure's audit entry comes from the import.
        Assert.Equal(20_000, await db.Set<Rectify.Platform.Data.AuditEntry>().CountAsync(a => a.EntityType == "Measure"));
    }

    /// <summary>The province office's identity, as a sign-in would give it.</summary>
    private static async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        var users = services.GetRequiredService<UserManager<User>>();
        var user = await users.Users.SingleAsync(u => u.UserName == userName);
        return await services.GetRequiredService<SignInManager<User>>().CreateUserPrincipalAsync(user);
    }

    /// <summary>An output that keeps the bytes and remembers how they arrived.</summary>
    private sealed class PieceCounter : Stream
    {
        public MemoryStream Bytes { get; } = new();
        public int Pieces { get; private set; }
        public long Largest { get; private set; }
        public long Total => Bytes.Length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("the response is written asynchronously");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Pieces++;
            Largest = Math.Max(Largest, buffer.Length);
            Bytes.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
