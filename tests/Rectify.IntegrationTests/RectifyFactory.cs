using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Rectify.IntegrationTests;

/// <summary>
/// The real app on a real database: SQLite by default, PostgreSQL when RECTIFY_TEST_PROVIDER=Postgres
/// (RECTIFY_TEST_PG gives the server). Each factory gets its own fresh database, built by the migrations.
/// </summary>
public sealed class RectifyFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2024, 4, 18, 2, 0, 0, TimeSpan.Zero);

    public static string Provider => Environment.GetEnvironmentVariable("RECTIFY_TEST_PROVIDER") ?? "Sqlite";

    private readonly string dataDir = Directory.CreateTempSubdirectory("rectify-it-").FullName;
    private readonly string? postgresDatabase;
    private readonly bool ownsDatabase = true;
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
        });
    }

    public static string PostgresConnection(string database)
    {
        var server = Environment.GetEnvironmentVariable("RECTIFY_TEST_PG") ?? "Host=127.0.0.1;Port=55432;Username=postgres";
        return new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (postgresDatabase is not null && ownsDatabase)
        {
            await using var connection = new NpgsqlConnection(PostgresConnection("postgres"));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }
}
