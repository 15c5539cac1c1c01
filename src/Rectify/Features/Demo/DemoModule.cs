using Rectify.Features.Appeals;
using Rectify.Features.Supervision.Reminders;
using Rectify.Platform.Calendar;
using Rectify.Platform;
using Rectify.Platform.Data;

namespace Rectify.Features.Demo;

public static class DemoModule
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoLedger>().AddScoped<DemoAppeals>();
        services.AddScoped<IDatabaseSeeder, DemoStartupSeeder>();
        return services;
    }
}

/// <summary>
/// On start in demo mode, fills an empty database, then sends the day's reminders and the week's digests, so that
/// the inboxes show what the scheduler would have sent; does nothing otherwise.
/// </summary>
internal sealed class DemoStartupSeeder(IServiceProvider services, DemoSeeder seeder, TimeProvider time) : IDatabaseSeeder
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (!services.Options().Demo || !await seeder.SeedAsync(force: false, ct)) return;
        await services.GetRequiredService<DailyReminders>().RunAsync(time.Today(), ct);
        await services.GetRequiredService<AppealReminders>().RunAsync(time.Today(), ct);
        await services.GetRequiredService<WeeklyDigest>().RunAsync(time.Today(), ct);
    }
}
