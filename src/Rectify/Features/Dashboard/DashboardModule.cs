using Microsoft.EntityFrameworkCore.Diagnostics;
using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Jobs;
using Rectify.Platform.Security;

namespace Rectify.Features.Dashboard;

public static class DashboardModule
{
    public static IServiceCollection AddDashboard(this IServiceCollection services) => services
        .AddScoped<DashboardQuery>().AddScoped<LiveCounts>().AddScoped<KeptCounts>().AddScoped<IKeptLedgerFigures, KeptLedgerFigures>().AddScoped<MarkRoundsChanged>()
        .AddScoped<ISaveChangesInterceptor, RoundChangesInterceptor>()
        .AddRecurringJob<KeepCountsJob>(KeepCountsJob.Name, "督办看板：按轮次统计当天数字", "每天 00:20", KeepCountsJob.Cron);

    /// <summary>GET /api/v1/dashboard: the same figures as the page, for the office, leaders and inspectors.</summary>
    public static RouteGroupBuilder MapDashboard(this RouteGroupBuilder api)
    {
        api.MapGroup("").RequireAuthorization(Policies.Overseer).WithTags("督办看板")
            .MapGet("/dashboard", async (Guid? roundId, Guid? unitId, DashboardQuery q, CancellationToken ct) =>
                TypedResults.Ok(await q.HandleAsync(new DashboardFilter(roundId, unitId), ct)));
        return api;
    }
}
