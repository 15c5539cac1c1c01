using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Rectify.Platform.Data;

public static class DataModule
{
    /// <summary>
    /// Both providers are registered; the options, read when first needed, choose one. Features add their own
    /// SaveChanges interceptors as <see cref="ISaveChangesInterceptor"/>; the audit's runs last, so it sees their changes.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services)
    {
        services.AddScoped<AuditInterceptor>().AddScoped<AuditVerification>();
        services.AddHttpContextAccessor().AddSingleton<DatabaseTimeInterceptor>().AddSingleton<PlanPerRunInterceptor>();
        services.AddScoped<Backup.DataBackup>().AddScoped<Backup.DataRestore>();
        services.AddDbContext<PostgresRectifyDbContext>((sp, o) =>
            o.UseNpgsql(PostgresConnectionString(Settings(sp).Database.ConnectionString
                ?? throw new InvalidOperationException("Rectify:Database:ConnectionString is required for PostgreSQL")))
             .AddInterceptors(Interceptors(sp)));
        services.AddDbContext<SqliteRectifyDbContext>((sp, o) =>
            o.UseSqlite(Settings(sp).Database.ConnectionString ?? SqliteConnectionString(DataDir(sp)))
             .AddInterceptors(Interceptors(sp)));
        services.AddScoped<RectifyDbContext>(sp => Settings(sp).Database.Provider == "Postgres"
            ? sp.GetRequiredService<PostgresRectifyDbContext>()
            : sp.GetRequiredService<SqliteRectifyDbContext>());
        return services;
    }

    /// <summary>The features' SaveChanges interceptors, the audit's last; the statements' timer only when Server-Timing is on.</summary>
    private static IEnumerable<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> Interceptors(IServiceProvider sp)
    {
        var interceptors = sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.ISaveChangesInterceptor>()
            .Append<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp.GetRequiredService<AuditInterceptor>())
            .Append(sp.GetRequiredService<PlanPerRunInterceptor>());
        return Settings(sp).Web.ServerTiming ? interceptors.Append(sp.GetRequiredService<DatabaseTimeInterceptor>()) : interceptors;
    }

    /// <summary>
    /// The statements a connection sends often are prepared on it (Npgsql's automatic preparation): PostgreSQL parses and
    /// plans them once instead of on every request (a progress report's seven statements: 180 → 250 per second on the
    /// province). A connection string that says "Max Auto Prepare" keeps its own (0 behind a pooler that cannot hold them).
    /// </summary>
    /// <remarks>The options are built for every request's context (its interceptors are scoped): read once per string.</remarks>
    public static string PostgresConnectionString(string connectionString) => Prepared.GetOrAdd(connectionString, WithAutoPrepare);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Prepared = new();

    private static string WithAutoPrepare(string connectionString)
    {
        // Npgsql's builder knows every keyword; the string as written says whether it was set.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (written.Keys.Cast<string>().Any(k => k.Replace(" ", "").Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))) return connectionString;
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString;
    }

    public static string SqliteConnectionString(string dataDir)
    {
        // The data folder is the service's alone (0700), and the database file 0600 before SQLite first opens it.
        PrivateFiles.CreateDirectory(dataDir);
        PrivateFiles.CreateFile(Path.Combine(dataDir, "rectify.db"));
        return $"Data Source={Path.Combine(dataDir, "rectify.db")};Foreign Keys=True;Default Timeout=30";
    }

    private static RectifyOptions Settings(IServiceProvider sp) => sp.GetRequiredService<IOptions<RectifyOptions>>().Value;

    private static string DataDir(IServiceProvider sp) => Settings(sp).ResolveDataDir(sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
}
