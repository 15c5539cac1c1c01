using Quartz;

namespace Rectify.Platform.Jobs;

/// <summary>
/// A job the scheduler runs on its own: on a cron schedule in China time (seconds first, Quartz's form) or every so
/// often. Its logic lives in an action that takes <see cref="TimeProvider"/>, so tests call it on the clock they set.
/// </summary>
public sealed record RecurringJob(string Name, string Description, Type JobType, string When, string? Cron = null, TimeSpan? Every = null);

public static class RecurringJobs
{
    /// <param name="when">The schedule as people say it (每天 00:05), shown to the admin beside the cron expression.</param>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string name, string description, string when, string cron)
        where TJob : class, IJob =>
        services.AddSingleton(new RecurringJob(name, description, typeof(TJob), when, Cron: cron));

    /// <summary>
    /// A job that runs when asked (<see cref="JobHost.RunSoonAsync"/>), kept in the store like the others: a run asked for
    /// survives a restart, and one cut short by a crash is run again (Quartz's recovery), so its logic must be safe to repeat.
    /// </summary>
    public static IServiceCollection AddOnDemandJob<TJob>(this IServiceCollection services, string name, string description)
        where TJob : class, IJob =>
        services.AddSingleton(new OnDemandJob(name, description, typeof(TJob)));
}

public sealed record OnDemandJob(string Name, string Description, Type JobType);
