using Microsoft.EntityFrameworkCore.Diagnostics;
using Rectify.Features.Rounds.Warnings;
using Rectify.Features.Supervision.Dispatches;
using Rectify.Features.Supervision.Escalation;
using Rectify.Features.Supervision.LookBacks;
using Rectify.Features.Supervision.Reminders;
using Rectify.Features.Supervision.Warnings;
using Rectify.Platform.Jobs;

namespace Rectify.Features.Supervision;

public static class SupervisionModule
{
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddScoped<WarningRefresh>().AddScoped<UpdateWarningSettings>();
        services.AddScoped<Recipients>().AddScoped<DailyReminders>().AddScoped<UrgingNotices>().AddScoped<WeeklyDigest>();
        services.AddRecurringJob<DailySupervisionJob>(DailySupervisionJob.Name, "每日督办：刷新预警，发送临期、超期提醒", "每天 00:05", DailySupervisionJob.Cron);
        services.AddRecurringJob<WeeklyDigestJob>(WeeklyDigestJob.Name, "每周向分管领导汇报", "每周一 08:30", WeeklyDigestJob.Cron);
        services.AddScoped<ISaveChangesInterceptor, LookBackScheduler>();
        services.AddScoped<LookBackQuery>().AddScoped<ReviewLookBack>().AddScoped<OrderRoundLookBack>();
        services.AddScoped<RecordEscalation>().AddScoped<EscalationQuery>();
        services.AddScoped<IssueDispatch>().AddScoped<DispatchQuery>().AddScoped<DispatchFiguresQuery>().AddScoped<DispatchDownloads>();
        return services;
    }

    public static RouteGroupBuilder MapSupervision(this RouteGroupBuilder api)
    {
        api.MapPut("/rounds/{id:guid}/warning-settings", async (Guid id, WarningSettingsInput input, UpdateWarningSettings action, CancellationToken ct) =>
            {
                await action.HandleAsync(id, input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Platform.Security.Policies.Office).WithTags("预警");
        api.MapLookBacks();
        api.MapEscalation();
        api.MapDispatches();
        return api;
    }
}
