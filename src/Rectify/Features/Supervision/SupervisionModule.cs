using Microsoft.EntityFrameworkCore.Diagnostics;
using Rectify.Features.Supervision.Dispatches;
using Rectify.Features.Supervision.Escalation;
using Rectify.Features.Supervision.LookBacks;
using Rectify.Features.Supervision.Warnings;

namespace Rectify.Features.Supervision;

public static class SupervisionModule
{
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddScoped<ISaveChangesInterceptor, MeasureWarningsInterceptor>();
        services.AddScoped<WarningRefresh>().AddScoped<UpdateWarningSettings>();
        services.AddHostedService<WarningSchedule>();
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
