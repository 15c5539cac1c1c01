using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Rectify.Platform.Data;

public static class DataModule
{
    /// <summary>
    /// Both providers are registered; the options, read when first needed, choose one. Every registered interceptor
    /// (the audit here, features' own) joins each context.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services)
    {
        services.AddScoped<IInterceptor, AuditInterceptor>();
        services.AddDbContext<PostgresRectifyDbContext>((sp, o) =>
            o.UseNpgsql(Settings(sp).Database.ConnectionString
                ?? throw new InvalidOperationException("Rectify:Database:ConnectionString is required for PostgreSQL"))
             .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddDbContext<SqliteRectifyDbContext>((sp, o) =>
            o.UseSqlite(Settings(sp).Database.ConnectionString ?? SqliteConnectionString(DataDir(sp)))
             .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped<RectifyDbContext>(sp => Settings(sp).Database.Provider == "Postgres"
            ? sp.GetRequiredService<PostgresRectifyDbContext>()
            : sp.GetRequiredService<SqliteRectifyDbContext>());
        return services;
    }

    public static string SqliteConnectionString(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        return $"Data Source={Path.Combine(dataDir, "rectify.db")};Foreign Keys=True;Default Timeout=30";
    }

    private static RectifyOptions Settings(IServiceProvider sp) => sp.GetRequiredService<IOptions<RectifyOptions>>().Value;

    private static string DataDir(IServiceProvider sp) => Settings(sp).ResolveDataDir(sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
}
