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
}
