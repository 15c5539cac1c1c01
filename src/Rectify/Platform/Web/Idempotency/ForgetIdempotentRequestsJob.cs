using Microsoft.EntityFrameworkCore;
using Quartz;
using Rectify.Platform.Data;

namespace Rectify.Platform.Web.Idempotency;

/// <summary>Keys protect against double submits and retries within minutes; a day later they are forgotten.</summary>
[DisallowConcurrentExecution]
public sealed class ForgetIdempotentRequestsJob(RectifyDbContext db, TimeProvider time) : IJob
{
    public const string Name = "forget-idempotent-requests";
    public const string Cron = "0 40 3 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var before = time.GetUtcNow().AddDays(-1);
        await db.Set<IdempotentRequest>().Where(r => r.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
