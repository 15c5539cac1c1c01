using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests;

/// <summary>
/// The real app on a real database: SQLite by default, PostgreSQL when RECTIFY_TEST_PROVIDER=Postgres
/// (RECTIFY_TEST_PG gives the server). Each factory gets its own fresh database: on SQLite built by the migrations, on
/// PostgreSQL copied from a template the migrations built once per run.
/// </summary>
public sealed class RectifyFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2024, 4, 18, 2, 0, 0, TimeSpan.Zero);

    public static string Provider => Environment.GetEnvironmentVariable("RECTIFY_TEST_PROVIDER") ?? "Sqlite";

    private readonly string dataDir = Directory.CreateTempSubdirectory("rectify-it-").FullName;
    private readonly string? postgresDatabase;
    private readonly bool ownsDatabase = true;
    private bool databaseCreated;
    private readonly bool demo;
    private readonly IReadOnlyDictionary<string, string?> settings;

    /// <param name="demo">Start as the README's run command does: demo accounts and the five seed rounds.</param>
    /// <param name="settings">Configuration on top of the tests' own (e.g. the scheduler turned on, an SMTP server).</param>
    public RectifyFactory(bool demo = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.demo = demo;
        this.settings = settings ?? new Dictionary<string, string?>();
        if (Provider == "Postgres") postgresDatabase = $"rectify_it_{Guid.NewGuid():N}";
    }

    /// <summary>A second instance of the app on the first one's PostgreSQL database (which the first one drops).</summary>
    public RectifyFactory(RectifyFactory sameDatabaseAs, IReadOnlyDictionary<string, string?>? settings = null) : this(false, settings)
    {
        postgresDatabase = sameDatabaseAs.postgresDatabase ?? throw new InvalidOperationException("Two instances share a PostgreSQL database only");
        ownsDatabase = false;
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public string DataDir => dataDir;

    /// <summary>This factory's PostgreSQL database, or null on SQLite.</summary>
    public string? PostgresDatabase => postgresDatabase;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Once, also when a test derives a factory with WithWebHostBuilder (which configures through this one again).
        if (postgresDatabase is not null && ownsDatabase && !databaseCreated)
        {
            CreateFromTemplateAsync(postgresDatabase).GetAwaiter().GetResult();
            databaseCreated = true;
        }
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rectify:DataDir"] = dataDir,
            ["Rectify:Demo"] = demo ? "true" : "false",
            ["Rectify:Uploads:MaxBytes"] = (2 * 1024 * 1024).ToString(),
            // Tests run the jobs' logic themselves, on the clock they set; the scheduler's own tests turn it on.
            ["Rectify:Jobs:Enabled"] = "false",
            ["Rectify:Database:Provider"] = Provider,
            ["Rectify:Database:ConnectionString"] = postgresDatabase is null ? null : PostgresConnection(postgresDatabase),
            ["Logging:LogLevel:Default"] = "Warning",
            // Tests move the clock by months; the periodic password change has its own test (PasswordExpiryTests).
            ["Rectify:Security:PasswordMaxAgeDays"] = "0",
            // The tests' webhook receivers listen on loopback, refused unless listed as an address.
            ["Rectify:Messaging:WebhookAllowedHosts:0"] = "127.0.0.1",
            ["Rectify:Messaging:WebhookAllowedHosts:1"] = "x.cn",
        }).AddInMemoryCollection(settings));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            // The same hasher and format with fewer rounds: every fixture creates ten accounts and the tests sign in
            // thousands of times, which at the production count cost each suite minutes. A stored hash names its own
            // count, so verifying is unchanged.
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
    }

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? template;

    /// <summary>
    /// A PostgreSQL database for one factory, copied from a template the migrations built once per test run (every
    /// factory migrating its own database cost the run minutes); the app's start then finds nothing to migrate.
    /// </summary>
    private static async Task CreateFromTemplateAsync(string database)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (template is null)
            {
                var name = $"rectify_it_template_{Guid.NewGuid():N}";
                await ExecuteAsync($"CREATE DATABASE {name}");
                var options = new DbContextOptionsBuilder<PostgresRectifyDbContext>().UseNpgsql(PostgresConnection(name)).Options;
                await using (var db = new PostgresRectifyDbContext(options)) await DatabaseStartup.MigrateAsync(db, CancellationToken.None);
                // A template may have no connection while it is copied.
                NpgsqlConnection.ClearPool(new NpgsqlConnection(PostgresConnection(name)));
                template = name;
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    try { ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)").GetAwaiter().GetResult(); } catch (NpgsqlException) { }
                };
            }
            await ExecuteAsync($"CREATE DATABASE {database} TEMPLATE {template}");
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresConnection("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static string PostgresConnection(string database)
    {
        var server = Environment.GetEnvironmentVariable("RECTIFY_TEST_PG") ?? "Host=127.0.0.1;Port=55432;Username=postgres";
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (postgresDatabase is not null && ownsDatabase)
        {
            // Pooled like the app in production (a new server process per connection cost the PostgreSQL run minutes);
            // this database's idle connections are closed before it goes.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(PostgresConnection(postgresDatabase)));
            await ExecuteAsync($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)");
        }
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }
}
