using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Features.Rounds;
using Rectify.Platform;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.Features.Dashboard;

/// <summary>
/// Counts every round for the dashboard when the app starts and just after each midnight, China time, when all kept
/// counts fall out of date at once: the first reader of the day then finds them counted instead of counting a million
/// measures himself. Harmless when repeated or run by several instances: a collision only gives up keeping.
/// </summary>
public sealed class KeptCountsSchedule(IServiceScopeFactory scopes, TimeProvider time, IOptions<RectifyOptions> options, ILogger<KeptCountsSchedule> log)
    : BackgroundService
{
    private static readonly TimeSpan AfterMidnight = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Dashboard.KeepCounts) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
                var rounds = await db.Set<Round>().Select(r => r.Id).ToListAsync(stoppingToken);
                var counts = await scope.ServiceProvider.GetRequiredService<KeptCounts>().ReadAsync(rounds, null, time.Today(), stoppingToken);
                log.LogInformation("Dashboard counts kept for {Rounds} rounds, {Measures} measures", rounds.Count, counts.Units.Sum(u => u.Measures));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Keeping the dashboard counts failed; the dashboard counts afresh until the next run");
            }
            var now = time.Now();
            var next = new DateTimeOffset(now.Date.AddDays(1), now.Offset) + AfterMidnight;
            await Task.Delay(next - now, time, stoppingToken);
        }
    }
}
