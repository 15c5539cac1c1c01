using Microsoft.EntityFrameworkCore;

namespace Rectify.Platform.Data;

public static class DatabaseStartup
{
    /// <summary>Migrates when configured to, then runs every registered seeder (demo data registers one).</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        if (services.Options().Database.MigrateOnStart) await MigrateAsync(services, ct);
        await using var scope = services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>()) await seeder.SeedAsync(ct);
    }

    /// <summary>Applies the provider's migrations (never EnsureCreated), so every database has the same history.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider.GetRequiredService<RectifyDbContext>(), ct);
    }

    public static async Task MigrateAsync(RectifyDbContext db, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        // Not expressible in the model, so not in the generated migrations: the audit's chain and append-only triggers.
        await AuditChain.PrepareAsync(db, ct);
        if (!db.IsPostgres)
        {
            // WAL lets readers and one writer work side by side on the embedded file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
