using Microsoft.Extensions.Options;
using Rectify.Platform;
using Rectify.Platform.Calendar;

namespace Rectify.Features.Supervision.Warnings;

/// <summary>
/// Refreshes the stored warnings when the app starts and every day just after midnight, China time. A refresh is
/// idempotent (it writes only flags that differ), so a restart or a second instance repeats work but never harms.
/// Interim: moves onto the persistent scheduler with the reminders.
/// </summary>
public sealed class WarningSchedule(IServiceScopeFactory scopes, TimeProvider time, IOptions<RectifyOptions> options, ILogger<WarningSchedule> log)
    : BackgroundService
{
    private static readonly TimeSpan AfterMidnight = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Supervision.RefreshWarnings) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<WarningRefresh>().RunAsync(time.Today(), stoppingToken);
                log.LogInformation("Warnings refreshed: {Checked} measures checked, {Changed} changed, {Overdue} newly overdue",
                    result.Checked, result.Changed, result.NewlyOverdue.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Refreshing the warnings failed; retried at the next run");
            }
            var now = time.Now();
            var next = new DateTimeOffset(now.Date.AddDays(1), now.Offset) + AfterMidnight;
            await Task.Delay(next - now, time, stoppingToken);
        }
    }
}
