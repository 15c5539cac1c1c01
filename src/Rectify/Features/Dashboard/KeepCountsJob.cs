using Microsoft.EntityFrameworkCore;
using Quartz;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.Features.Dashboard;

/// <summary>
/// Each day at 00:20 China time — after the warnings refresh — counts every round for the day, so the first reader of
/// the morning does not count a million measures. A day missed while no instance ran is counted at the next start.
/// </summary>
[DisallowConcurrentExecution]
public sealed class KeepCountsJob(RectifyDbContext db, KeptCounts kept, TimeProvider time, ILogger<KeepCountsJob> log) : IJob
{
    public const string Name = "dashboard-counts";
    public const string Cron = "0 20 0 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var rounds = await db.Set<Round>().Select(r => r.Id).ToListAsync(cancellationToken);
        var counts = await kept.ReadAsync(rounds, null, time.Today(), cancellationToken);
        log.LogInformation("Dashboard counts kept for {Rounds} rounds, {Measures} measures", rounds.Count, counts.Units.Sum(u => u.Measures));
    }
}
