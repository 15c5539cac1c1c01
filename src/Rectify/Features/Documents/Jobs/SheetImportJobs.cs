using System.Collections.Concurrent;
using System.Threading.Channels;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Jobs;

/// <summary>
/// The queue and the table of background imports, in this process's memory: a job lives an hour after it finishes.
/// Several instances behind a load balancer would each see only their own jobs (see the Excel README).
/// </summary>
public sealed class SheetImportJobs(TimeProvider time)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, SheetImportJob> jobs = new();
    private readonly Channel<SheetImportJob> queue = Channel.CreateUnbounded<SheetImportJob>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<SheetImportJob> Queue => queue.Reader;

    public SheetImportJob Enqueue(System.Security.Claims.ClaimsPrincipal user, Guid userId, byte[] xlsx, SheetImportWork work)
    {
        Forget();
        var job = new SheetImportJob(userId, user, xlsx, work, time.GetUtcNow());
        jobs[job.Id] = job;
        if (!queue.Writer.TryWrite(job)) throw new InvalidOperationException("The import queue is closed.");
        return job;
    }

    /// <summary>The job, to the user who started it only; anyone else is told there is none.</summary>
    public SheetImportStatus StatusFor(Guid id, Guid userId) =>
        jobs.TryGetValue(id, out var job) && job.UserId == userId ? job.Status() : throw new NotFoundException(DocumentsErrors.JobNotFound);

    private void Forget()
    {
        var now = time.GetUtcNow();
        foreach (var job in jobs.Values.Where(j => j.FinishedAt is { } at && now - at > KeptFor)) jobs.TryRemove(job.Id, out _);
    }
}
