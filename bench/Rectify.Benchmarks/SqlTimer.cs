using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;
using Rectify.Features.Appeals;
using Rectify.Features.Dashboard;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Ledger;
using Rectify.Platform;
using Rectify.Platform.Data;

namespace Rectify.Benchmarks;

/// <summary>
/// Runs a read (the ledger, the dashboard) in process as a given user, captures every SQL command it sends, then replays
/// each SELECT under EXPLAIN ANALYZE: the database's own time for one request, to set beside the HTTP latency.
/// </summary>
public sealed class SqlTimer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly CommandCapture capture = new();
    private readonly DefaultHttpContext http = new();
    private readonly string connection;

    public SqlTimer(string connectionString)
    {
        connection = connectionString;
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Rectify:Database:Provider"] = "Postgres";
        builder.Configuration["Rectify:Database:ConnectionString"] = connectionString;
        builder.Configuration["Rectify:DataDir"] = Path.Combine(Path.GetTempPath(), "rectify-bench");
        builder.Logging.ClearProviders();
        builder.AddPlatform();
        builder.Services.AddRounds();
        builder.Services.AddDashboard();
        builder.Services.AddScoped<Rectify.Features.Documents.Excel.LedgerExport>();
        // The appeal reads alone: AddAppeals would also schedule its rating job.
        builder.Services.AddScoped<AppealAccess>().AddScoped<AppealListQuery>().AddScoped<AppealRatesQuery>().AddOptions<AppealOptions>();
        builder.Services.ConfigureDbContext<PostgresRectifyDbContext>(o => o.AddInterceptors(capture));
        builder.Services.RemoveAll<IHttpContextAccessor>();
        builder.Services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor { HttpContext = http });
        app = builder.Build();
    }

    /// <summary>Median in-process time of the query, median summed SQL execution time, and the plan of its slowest command.</summary>
    public async Task<(double AppMs, double SqlMs, string SlowestPlan)> MeasureAsync(string userName, Func<IServiceProvider, Task> read, int runs)
    {
        http.User = await PrincipalAsync(userName);
        var appTimes = new List<double>();
        // One run more than measured: the first builds EF's model and caches, which no server request pays.
        for (var i = 0; i <= runs; i++)
        {
            capture.Clear();
            capture.Enabled = true;
            await using var scope = app.Services.CreateAsyncScope();
            var started = Stopwatch.GetTimestamp();
            await read(scope.ServiceProvider);
            if (i > 0) appTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            capture.Enabled = false;
        }
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var sqlTimes = new List<double>();
        var slowest = (Ms: 0.0, Plan: "");
        for (var i = 0; i < runs; i++)
        {
            double total = 0;
            // Only reads are replayed: a dashboard that counted a changed round also wrote, and EXPLAIN ANALYZE would write again.
            foreach (var (sql, parameters) in capture.Commands.Where(c => IsRead(c.Sql)))
            {
                await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, db);
                explain.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
                var json = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!).RootElement[0];
                var ms = json.GetProperty("Planning Time").GetDouble() + json.GetProperty("Execution Time").GetDouble();
                total += ms;
                if (i == runs - 1 && ms > slowest.Ms) slowest = (ms, await TextPlanAsync(db, sql, parameters));
            }
            sqlTimes.Add(total);
        }
        return (Median(appTimes), Median(sqlTimes), slowest.Plan);
    }

    /// <summary>A SELECT, after the comment lines a query's tags put before it (PlanPerRun's among them).</summary>
    private static bool IsRead(string sql) =>
        sql.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("--", StringComparison.Ordinal)) is { } first
        && first.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);

    private static async Task<string> TextPlanAsync(NpgsqlConnection db, string sql, NpgsqlParameter[] parameters)
    {
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, db);
        explain.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return sql + "\n\n" + string.Join("\n", lines);
    }

    private async Task<ClaimsPrincipal> PrincipalAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ClaimTypes.Role, user.Role.ToString())], "bench"));
    }

    private static double Median(List<double> values) => LatencyStats.Percentile(values.Order().ToArray(), 0.5);

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
