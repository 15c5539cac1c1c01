using Microsoft.EntityFrameworkCore.Diagnostics;
using Rectify.Features.Supervision.Warnings;

namespace Rectify.Features.Supervision;

public static class SupervisionModule
{
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddScoped<ISaveChangesInterceptor, MeasureWarningsInterceptor>();
        services.AddScoped<WarningRefresh>();
        services.AddHostedService<WarningSchedule>();
        return services;
    }
}
