using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Rectify.Features.Documents.Excel;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Jobs;

/// <summary>
/// Runs one import as the user who started it (the audit and the scope checks read the user from the HTTP context, so
/// the run gets one carrying his claims, made afresh: a user deactivated meanwhile is refused). Safe to run again: an
/// import already ended is left alone, and one cut short committed nothing.
/// </summary>
public sealed class RunSheetImport(RectifyDbContext db, IServiceProvider services, IHttpContextAccessor http, SheetImportQueue progress,
    TimeProvider time, ILogger<RunSheetImport> log)
{
    public async Task RunAsync(Guid id, CancellationToken ct)
    {
        var import = await db.Set<SheetImport>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (import is null || import.State is SheetImportState.Succeeded or SheetImportState.Failed || import.Xlsx is null) return;
        // Only a queued import is claimed: a second firing of the same job (a retry, a recovered trigger) finds it
        // running and leaves it; one a crash left running is queued again by the recovery sweep.
        var now = time.GetUtcNow();
        var claimed = await Rows(id).Where(i => i.State == SheetImportState.Queued).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.State, SheetImportState.Running).SetProperty(i => i.HeartbeatAt, now)
            .SetProperty(i => i.Attempts, i => i.Attempts + 1), ct);
        if (claimed == 0) return;
        using var beat = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // SQLite has one writer, held by the import's transaction: a heartbeat would wait for it; one instance runs there.
        var beating = db.IsPostgres ? BeatAsync(id, beat.Token) : Task.CompletedTask;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == import.UserId && u.IsActive, ct);
        try
        {
            if (user is null) throw new ForbiddenException(PlatformErrors.Forbidden);
            var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<User>>().CreateAsync(user);
            http.HttpContext = new DefaultHttpContext { User = principal, RequestServices = services };
            using var xlsx = new MemoryStream(import.Xlsx, writable: false);
            var mapping = import.Mapping is null ? null : JsonSerializer.Deserialize<ColumnMapping>(import.Mapping, SheetImportJson.Options);
            var steps = progress.Start(id);
            object result = import.Kind == SheetImportKind.NewRound
                ? await services.GetRequiredService<ImportLedgerSheet>().HandleAsync(xlsx,
                    JsonSerializer.Deserialize<ImportLedgerSheetInput>(import.Input!, SheetImportJson.Options)!, mapping, steps, ct)
                : await services.GetRequiredService<ImportSheetIntoRound>().HandleAsync(import.RoundId!.Value, xlsx, mapping, steps, ct);
            await EndAsync(id, SheetImportState.Succeeded, JsonSerializer.Serialize(result, result.GetType(), SheetImportJson.Options), null, []);
        }
        catch (ImportErrors refused)
        {
            await EndAsync(id, SheetImportState.Failed, null, refused.Message, refused.Items);
        }
        catch (Exception refused) when (refused is RuleViolation or NotFoundException or ForbiddenException)
        {
            await EndAsync(id, SheetImportState.Failed, null, refused.Message, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            await EndAsync(id, SheetImportState.Failed, null, PlatformErrors.Conflict, []);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            log.LogError(unexpected, "Sheet import {ImportId} failed", id);
            await EndAsync(id, SheetImportState.Failed, null, PlatformErrors.Unexpected, []);
        }
        finally
        {
            http.HttpContext = null;
            progress.Finish(id);
            await beat.CancelAsync();
            await beating;
        }
    }

    /// <summary>Says every <see cref="SheetImportRecovery.Beat"/> that this run is alive, from a connection of its own.</summary>
    private async Task BeatAsync(Guid id, CancellationToken ct)
    {
        try
        {
            using var timer = new PeriodicTimer(SheetImportRecovery.Beat, time);
            while (await timer.WaitForNextTickAsync(ct))
            {
                await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
                var own = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
                var at = time.GetUtcNow();
                await own.Set<SheetImport>().Where(i => i.Id == id && i.State == SheetImportState.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.HeartbeatAt, at), ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Sheet import {ImportId}: heartbeat stopped", id);
        }
    }

    private Task EndAsync(Guid id, SheetImportState state, string? result, string? message, IReadOnlyList<ImportError> errors)
    {
        var at = time.GetUtcNow();
        var step = progress.ProgressOf(id)?.Current ?? new ImportStep(ImportProgress.Reading, 0, 0);
        var errorsJson = errors.Count == 0 ? null : JsonSerializer.Serialize(errors, SheetImportJson.Options);
        db.ChangeTracker.Clear();
        return Rows(id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.State, state).SetProperty(i => i.Result, result).SetProperty(i => i.Message, message)
            .SetProperty(i => i.Errors, errorsJson).SetProperty(i => i.FinishedAt, at).SetProperty(i => i.Xlsx, (byte[]?)null)
            .SetProperty(i => i.Phase, step.Phase).SetProperty(i => i.Done, step.Done).SetProperty(i => i.Total, step.Total), CancellationToken.None);
    }

    private IQueryable<SheetImport> Rows(Guid id) => db.Set<SheetImport>().Where(i => i.Id == id);
}

/// <summary>The scheduler's way in: runs the import named in the trigger's data, on whichever instance fired it.</summary>
public sealed class SheetImportJob(RunSheetImport run) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await run.RunAsync(Guid.Parse(context.MergedJobDataMap["importId"]!.ToString()!), cancellationToken);
}

/// <summary>
/// Recovers what a crash left (at start, and on PostgreSQL every minute for other instances' silent runs), then, where
/// this instance runs no scheduler, runs its queued imports one at a time, each in its own scope.
/// </summary>
public sealed class SheetImportWorker(SheetImportQueue queue, IServiceScopeFactory scopes, ILogger<SheetImportWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var postgres = await RecoverAsync(atStart: true, stoppingToken);
        var sweeping = postgres ? SweepAsync(stoppingToken) : Task.CompletedTask;
        await RunQueuedAsync(stoppingToken);
        await sweeping;
    }

    private async Task SweepAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) await RecoverAsync(atStart: false, ct);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<bool> RecoverAsync(bool atStart, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var recovery = scope.ServiceProvider.GetRequiredService<SheetImportRecovery>();
            await recovery.RecoverAsync(atStart, ct);
            return scope.ServiceProvider.GetRequiredService<RectifyDbContext>().IsPostgres;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Recovering interrupted sheet imports failed");
            return false;
        }
    }

    private async Task RunQueuedAsync(CancellationToken stoppingToken)
    {
        await foreach (var id in queue.Queued.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RunSheetImport>().RunAsync(id, stoppingToken);
        }
    }
}
