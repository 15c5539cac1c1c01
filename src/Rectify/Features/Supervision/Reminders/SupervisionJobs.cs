using Quartz;
using Rectify.Features.Supervision.Warnings;
using Rectify.Platform.Calendar;

namespace Rectify.Features.Supervision.Reminders;

/// <summary>Each day at 00:05 China time: the warnings brought up to the day, then the day's reminders from them.</summary>
[DisallowConcurrentExecution]
public sealed class DailySupervisionJob(WarningRefresh refresh, DailyReminders reminders, TimeProvider time, ILogger<DailySupervisionJob> log) : IJob
{
    public const string Name = "daily-supervision";
    public const string Cron = "0 5 0 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var today = time.Today();
        var warnings = await refresh.RunAsync(today, cancellationToken);
        var sent = await reminders.RunAsync(today, cancellationToken);
        log.LogInformation("Daily supervision {Day}: {Checked} measures checked, {Changed} changed; {DueSoon} due soon, {Overdue} overdue, {Messages} messages",
            today, warnings.Checked, warnings.Changed, sent.DueSoon, sent.Overdue, sent.Messages);
    }
}

/// <summary>Each Monday at 08:30 China time: the leaders' weekly digests.</summary>
[DisallowConcurrentExecution]
public sealed class WeeklyDigestJob(WeeklyDigest digest, TimeProvider time, ILogger<WeeklyDigestJob> log) : IJob
{
    public const string Name = "weekly-digest";
    public const string Cron = "0 30 8 ? * MON";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var written = await digest.RunAsync(time.Today(), cancellationToken);
        log.LogInformation("Weekly digests: {Messages} messages", written);
    }
}
