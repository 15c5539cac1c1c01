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
        await Rows(id).ExecuteUpdateAsync(s => s.SetProperty(i => i.State, SheetImportState.Running), ct);
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

/// <summary>Where this instance runs no scheduler, runs its queued imports one at a time, each in its own scope.</summary>
public sealed class SheetImportWorker(SheetImportQueue queue, IServiceScopeFactory scopes) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var id in queue.Queued.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RunSheetImport>().RunAsync(id, stoppingToken);
        }
    }
}
