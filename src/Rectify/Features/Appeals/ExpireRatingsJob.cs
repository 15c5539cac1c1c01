using Quartz;

namespace Rectify.Features.Appeals;

/// <summary>Daily at 00:30 China time: 未评价 for replies whose rating window has passed.</summary>
[DisallowConcurrentExecution]
public sealed class ExpireRatingsJob(ExpireRatings action, ILogger<ExpireRatingsJob> log) : IJob
{
    public const string Name = "appeal-ratings";
    public const string Cron = "0 30 0 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var expired = await action.HandleAsync(cancellationToken);
        log.LogInformation("Appeals recorded as not rated: {Count}", expired);
    }
}
