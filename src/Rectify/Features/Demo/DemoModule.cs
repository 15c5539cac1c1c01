using Rectify.Platform;
using Rectify.Platform.Data;

namespace Rectify.Features.Demo;

public static class DemoModule
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoLedger>();
        services.AddScoped<IDatabaseSeeder, DemoStartupSeeder>();
        return services;
    }
}

/// <summary>On start in demo mode, fills an empty database; does nothing otherwise.</summary>
internal sealed class DemoStartupSeeder(IServiceProvider services, DemoSeeder seeder) : IDatabaseSeeder
{
    public Task SeedAsync(CancellationToken ct) => services.Options().Demo ? seeder.SeedAsync(force: false, ct) : Task.CompletedTask;
}
