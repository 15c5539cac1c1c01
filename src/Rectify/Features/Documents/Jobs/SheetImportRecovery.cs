using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs;

namespace Rectify.Features.Documents.Jobs;

/// <summary>
/// Finds the imports a crash left queued or running and runs them again, or, after <see cref="MaxAttempts"/> runs,
/// ends them failed with the reason. An import is one transaction, so a run cut short wrote nothing and may run again.
/// On SQLite one instance runs, so at its start every unfinished import is its own to recover; on PostgreSQL a run is
/// another instance's until its heartbeat has been silent for <see cref="Silence"/>.
/// </summary>
public sealed class SheetImportRecovery(RectifyDbContext db, JobHost jobs, SheetImportQueue queue, TimeProvider time, ILogger<SheetImportRecovery> log)
{
    public const int MaxAttempts = 3;
    public static readonly TimeSpan Beat = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan Silence = TimeSpan.FromMinutes(2);

    public static string GaveUp(int attempts) =>
        $"导入因服务中断已尝试{attempts}次仍未完成，未写入任何内容；请稍后重新上传，如再次出现请联系管理员";

    /// <returns>How many imports were queued again and how many were ended failed.</returns>
    public async Task<(int Requeued, int Failed)> RecoverAsync(bool atStart, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var silentSince = now - Silence;
        var unfinished = db.Set<SheetImport>().Where(i => i.State == SheetImportState.Queued || i.State == SheetImportState.Running);
        unfinished = db.IsPostgres || !atStart
            // Queued long ago with nobody taking it (its queue was in a process that died), or running and silent.
            ? unfinished.Where(i => (i.State == SheetImportState.Queued && (i.HeartbeatAt ?? i.CreatedAt) < silentSince)
                || (i.State == SheetImportState.Running && (i.HeartbeatAt == null || i.HeartbeatAt < silentSince)))
            : unfinished;
        var found = await unfinished.AsNoTracking().Select(i => new { i.Id, i.State, i.Attempts }).ToListAsync(ct);
        int requeued = 0, failed = 0;
        foreach (var import in found)
        {
            var rows = db.Set<SheetImport>().Where(i => i.Id == import.Id && i.State == import.State && i.Attempts == import.Attempts);
            if (import.Attempts >= MaxAttempts)
            {
                failed += await rows.ExecuteUpdateAsync(s => s.SetProperty(i => i.State, SheetImportState.Failed)
                    .SetProperty(i => i.Message, GaveUp(import.Attempts)).SetProperty(i => i.FinishedAt, now)
                    .SetProperty(i => i.Xlsx, (byte[]?)null), ct);
                continue;
            }
            if (await rows.ExecuteUpdateAsync(s => s.SetProperty(i => i.State, SheetImportState.Queued).SetProperty(i => i.HeartbeatAt, now), ct) == 0) continue;
            var data = new Dictionary<string, string> { ["importId"] = import.Id.ToString() };
            if (!await jobs.RunSoonAsync(SheetImportLauncher.JobName, $"{import.Id:N}-{import.Attempts + 1}", data, ct)) queue.Enqueue(import.Id);
            requeued++;
        }
        if (requeued + failed > 0) log.LogWarning("Interrupted sheet imports: {Requeued} queued again, {Failed} ended failed", requeued, failed);
        return (requeued, failed);
    }
}
