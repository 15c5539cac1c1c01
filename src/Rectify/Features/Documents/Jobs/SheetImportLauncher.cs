using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Documents.Excel;
using Rectify.Features.Documents.Mappings;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Jobs;

public sealed record SheetImportStatus(
    Guid Id, SheetImportState State, string Phase, int Done, int Total, JsonElement? Result, string? Message, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Starts imports as jobs after the same checks as a direct import (office, scope, mapping): the sheet and the request
/// are saved, then the scheduler runs the job on whichever instance is free (in this process where no scheduler
/// runs). Status is read from the database, with the running instance's progress when it is this one.
/// </summary>
public sealed class SheetImportLauncher(RectifyDbContext db, RoundAccess access, SheetMappings mappings, JobHost jobs,
    SheetImportQueue queue, DuplicateRounds duplicates, TimeProvider time)
{
    public const string JobName = "sheet-import";
    private const string Queued = "排队中";

    public async Task<SheetImportStatus> NewRoundAsync(IFormFile? file, ImportLedgerSheetInput input, Guid? mappingId, string? inline, CancellationToken ct)
    {
        var scope = await mappings.OfficeAsync(ct);
        await CreateRound.RequireUnitInScopeAsync(db, scope, input.InspectedUnitId, ct);
        var mapping = await mappings.ResolveAsync(mappingId, inline, ct);
        var xlsx = await ReadAsync(file, ct);
        // Refused now rather than by the job: the office sees the existing round before anything is queued.
        await duplicates.RefuseAsync(scope, RoundSource.Sheet, DuplicateRounds.HashOf(new MemoryStream(xlsx, writable: false)), input.Title ?? "",
            input.InspectedUnitId, input.AllowDuplicate, ct);
        return await StartAsync(new SheetImport(scope.UserId, SheetImportKind.NewRound, null, input, mapping, xlsx, time.GetUtcNow()), ct);
    }

    public async Task<SheetImportStatus> IntoRoundAsync(Guid roundId, IFormFile? file, Guid? mappingId, string? inline, CancellationToken ct)
    {
        await access.RoundToChangeAsync(roundId, ct);
        var scope = await mappings.OfficeAsync(ct);
        var mapping = await mappings.ResolveAsync(mappingId, inline, ct);
        return await StartAsync(new SheetImport(scope.UserId, SheetImportKind.IntoRound, roundId, null, mapping, await ReadAsync(file, ct), time.GetUtcNow()), ct);
    }

    public async Task<SheetImportStatus> StatusAsync(Guid id, CancellationToken ct)
    {
        var userId = (await mappings.OfficeAsync(ct)).UserId;
        var row = await db.Set<SheetImport>().AsNoTracking().Where(i => i.Id == id && i.UserId == userId)
            .Select(i => new { i.State, i.Phase, i.Done, i.Total, i.Result, i.Message, i.Errors }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(DocumentsErrors.JobNotFound);
        var step = queue.ProgressOf(id)?.Current
            ?? new ImportStep(row.Phase ?? (row.State == SheetImportState.Queued ? Queued : ImportProgress.Reading), row.Done, row.Total);
        return new SheetImportStatus(id, row.State, step.Phase, step.Done, step.Total,
            row.Result is null ? null : JsonSerializer.Deserialize<JsonElement>(row.Result),
            row.Message, row.Errors is null ? [] : JsonSerializer.Deserialize<List<ImportError>>(row.Errors, SheetImportJson.Options)!);
    }

    private async Task<SheetImportStatus> StartAsync(SheetImport import, CancellationToken ct)
    {
        db.Add(import);
        await db.SaveChangesAsync(ct);
        var data = new Dictionary<string, string> { ["importId"] = import.Id.ToString() };
        if (!await jobs.RunSoonAsync(JobName, import.Id.ToString("N"), data, ct)) queue.Enqueue(import.Id);
        return new SheetImportStatus(import.Id, SheetImportState.Queued, Queued, 0, 0, null, null, []);
    }

    private static async Task<byte[]> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        await using var upload = ExcelApi.OpenUpload(file);
        using var copy = new MemoryStream();
        await upload.CopyToAsync(copy, ct);
        return copy.ToArray();
    }
}

/// <summary>
/// The running imports' progress in this process, and the queue that runs imports here when this instance has no
/// scheduler (tests, or an instance that only serves pages).
/// </summary>
public sealed class SheetImportQueue
{
    private readonly ConcurrentDictionary<Guid, ImportProgress> running = new();
    private readonly Channel<Guid> queue = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Guid> Queued => queue.Reader;

    public void Enqueue(Guid id)
    {
        if (!queue.Writer.TryWrite(id)) throw new InvalidOperationException("The import queue is closed.");
    }

    public ImportProgress Start(Guid id) => running[id] = new ImportProgress();

    public void Finish(Guid id) => running.TryRemove(id, out _);

    public ImportProgress? ProgressOf(Guid id) => running.GetValueOrDefault(id);
}
