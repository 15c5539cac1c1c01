using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Jobs;

/// <summary>
/// Runs queued imports one at a time, each in its own scope acting as the user who started it (the audit and the
/// scope checks read the user from the HTTP context, so the job gets one carrying his claims).
/// </summary>
public sealed class SheetImportWorker(SheetImportJobs jobs, IServiceScopeFactory scopes, IHttpContextAccessor http,
    TimeProvider time, ILogger<SheetImportWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.Queue.ReadAllAsync(stoppingToken)) await RunAsync(job, stoppingToken);
    }

    public async Task RunAsync(SheetImportJob job, CancellationToken ct)
    {
        job.Start();
        await using var scope = scopes.CreateAsyncScope();
        http.HttpContext = new DefaultHttpContext { User = job.User, RequestServices = scope.ServiceProvider };
        try
        {
            using var stream = new MemoryStream(job.Xlsx, writable: false);
            job.Succeed(await job.Work(scope.ServiceProvider, stream, job.Progress, ct), time.GetUtcNow());
        }
        catch (ImportErrors refused)
        {
            job.Fail(refused.Message, refused.Items, time.GetUtcNow());
        }
        catch (Exception refused) when (refused is RuleViolation or NotFoundException or ForbiddenException)
        {
            job.Fail(refused.Message, [], time.GetUtcNow());
        }
        catch (DbUpdateConcurrencyException)
        {
            job.Fail(PlatformErrors.Conflict, [], time.GetUtcNow());
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            log.LogError(unexpected, "Sheet import {JobId} failed", job.Id);
            job.Fail(PlatformErrors.Unexpected, [], time.GetUtcNow());
        }
        finally
        {
            http.HttpContext = null;
        }
    }
}
