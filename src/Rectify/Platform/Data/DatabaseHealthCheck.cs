using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Rectify.Platform.Data;

/// <summary>/healthz answers 200 only when the database answers too.</summary>
public sealed class DatabaseHealthCheck(RectifyDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
}
