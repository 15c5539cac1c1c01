using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;

namespace Rectify.Platform.Jobs;

/// <summary>
/// Starts Quartz.NET with its persistent job store in our own database (its tables made by Quartz from the scripts it
/// ships, on first start; see docs/decisions/0006), clustered on PostgreSQL so that several instances share the
/// schedule and each firing runs on one of them. The scheduler is built when the app starts, from the options as they
/// are then, and runs on the system clock; the jobs' logic takes the app's <see cref="TimeProvider"/>.
/// A cron job that was due while no instance ran fires once at the next start (Quartz's misfire handling), so a
/// restart neither skips a day nor repeats one.
/// </summary>
public sealed class JobHost(IServiceProvider services, IOptions<RectifyOptions> options, IEnumerable<RecurringJob> jobs,
    IEnumerable<OnDemandJob> onDemand, ILogger<JobHost> log)
    : IHostedService, IAsyncDisposable
{
    public const string OutboxJob = "outbox";

    private StandaloneSchedulerFactory? factory;

    /// <summary>The running scheduler, or null where jobs are turned off (tests, or an instance that serves pages only).</summary>
    public IScheduler? Scheduler { get; private set; }

    public IReadOnlyList<RecurringJob> Jobs => [Outbox(), .. jobs];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Jobs.Enabled) return;
        string connection;
        bool postgres;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
            connection = db.Database.GetConnectionString()!;
            postgres = db.IsPostgres;
        }
        factory = QuartzSchedulerBuilder.Create(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "Rectify";
                s.InstanceId = $"{Environment.MachineName}-{Guid.NewGuid():N}"[..Math.Min(Environment.MachineName.Length + 13, 100)];
                s.DefaultTimeZone = ChinaClock.Zone;
            });
            q.UseDefaultThreadPool(2);
            q.UseJobFactory(new ScopedJobFactory(services));
            q.UsePersistentStore(store =>
            {
                if (postgres)
                {
                    store.UsePostgres(connection);
                    store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                }
                else
                {
                    store.UseSqlite(connection);
                }
                store.ProvisionSchema();
            });
        }).Build();
        Scheduler = await factory.GetScheduler(cancellationToken);
        foreach (var job in Jobs) await EnsureScheduledAsync(Scheduler, job, cancellationToken);
        foreach (var job in onDemand)
            await Scheduler.AddJob(JobBuilder.Create().OfType(job.JobType).WithIdentity(job.Name).WithDescription(job.Description)
                .StoreDurably().RequestRecovery().Build(), new AddJobOptions { Replace = true }, cancellationToken);
        await Scheduler.Start(cancellationToken);
        log.LogInformation("Scheduler {Instance} started ({Store}), {Count} jobs", Scheduler.SchedulerInstanceId, postgres ? "PostgreSQL, clustered" : "SQLite", Jobs.Count);
    }

    /// <summary>
    /// Asks the cluster to run an on-demand job once, as soon as an instance is free, with the given data; false where
    /// this instance runs no scheduler (the caller then runs the work itself).
    /// </summary>
    public async Task<bool> RunSoonAsync(string job, string runKey, IReadOnlyDictionary<string, string> data, CancellationToken ct)
    {
        if (Scheduler is not { } scheduler) return false;
        var trigger = TriggerBuilder.Create().WithIdentity($"{job}-{runKey}").ForJob(job).StartNow();
        foreach (var (key, value) in data) trigger = trigger.UsingJobData(key, value);
        await scheduler.ScheduleTrigger(trigger.Build(), TriggerConflict.Throw, ct);
        return true;
    }

    private RecurringJob Outbox() => new(OutboxJob, "发送消息：邮件和群机器人", typeof(DeliverOutboxJob),
        $"每 {options.Value.Jobs.OutboxIntervalSeconds} 秒", Every: TimeSpan.FromSeconds(options.Value.Jobs.OutboxIntervalSeconds));

    /// <summary>Adds the job and its trigger, leaving a trigger that is already there as it is (its misfire is then handled).</summary>
    private static async Task EnsureScheduledAsync(IScheduler scheduler, RecurringJob job, CancellationToken ct)
    {
        var detail = JobBuilder.Create().OfType(job.JobType).WithIdentity(job.Name).WithDescription(job.Description).StoreDurably().Build();
        await scheduler.AddJob(detail, new AddJobOptions { Replace = true }, ct);
        var key = new TriggerKey(job.Name);
        var existing = await scheduler.GetTrigger(key, ct);
        var builder = TriggerBuilder.Create().WithIdentity(key).ForJob(detail.Key).WithDescription(job.Description);
        ITrigger trigger = job.Cron is { } cron
            ? builder.WithCronSchedule(cron, c => c.InTimeZone(ChinaClock.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)).Build()
            : builder.StartNow().WithSimpleSchedule(s => s.WithInterval(job.Every!.Value).RepeatForever()).Build();
        var same = (existing, trigger) switch
        {
            (ICronTrigger a, ICronTrigger b) => a.CronExpressionString == b.CronExpressionString,
            (ISimpleTrigger a, ISimpleTrigger b) => a.RepeatInterval == b.RepeatInterval,
            _ => false,
        };
        if (!same) await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, ct);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Scheduler is { } scheduler) await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
    }
}

/// <summary>Sends what the outbox holds. One run at a time across the cluster; the sender's claims make even two safe.</summary>
[DisallowConcurrentExecution]
public sealed class DeliverOutboxJob(OutboxSender sender) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await sender.RunAsync(cancellationToken);
}
