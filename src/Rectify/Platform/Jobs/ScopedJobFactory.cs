using Quartz;
using Quartz.Extensibility;

namespace Rectify.Platform.Jobs;

/// <summary>Each run of a job gets its own service scope (its own DbContext), disposed when the run ends.</summary>
public sealed class ScopedJobFactory(IServiceProvider services) : IJobFactory
{
    public ValueTask<JobScope> CreateJob(TriggerFiredBundle bundle, IScheduler scheduler, CancellationToken cancellationToken)
    {
        var scope = services.CreateAsyncScope();
        var job = (IJob)ActivatorUtilities.CreateInstance(scope.ServiceProvider, bundle.JobDetail.JobType.Type);
        return ValueTask.FromResult(new JobScope(job, scope));
    }

    public async ValueTask ReturnJob(JobScope jobScope, CancellationToken cancellationToken)
    {
        if (jobScope.State is AsyncServiceScope scope) await scope.DisposeAsync();
    }
}
