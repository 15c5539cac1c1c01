using Quartz;
using Rectify.Platform.Calendar;

namespace Rectify.Features.Appeals;

/// <summary>Daily at 00:10 China time: 临期 and 超期 reminders for appeals held by units.</summary>
[DisallowConcurrentExecution]
public sealed class AppealRemindersJob(AppealReminders reminders, TimeProvider time, ILogger<AppealRemindersJob> log) : IJob
{
    public const string Name = "appeal-reminders";
    public const string Cron = "0 10 0 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var sent = await reminders.RunAsync(time.Today(), cancellationToken);
        log.LogInformation("Appeal reminders: {DueSoon} due soon, {Overdue} overdue, {Messages} messages", sent.DueSoon, sent.Overdue, sent.Messages);
    }
}
