using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Platform;

/// <summary>The app waits one second for a lock here instead of thirty, so the test sees the refusal quickly.</summary>
public sealed class ImpatientWorld : World
{
    private static readonly string SqliteFile = Path.Combine(Directory.CreateTempSubdirectory("rectify-busy-").FullName, "rectify.db");

    public ImpatientWorld() : base(RectifyFactory.Provider == "Postgres" ? null : new Dictionary<string, string?>
    {
        ["Rectify:Database:ConnectionString"] = $"Data Source={SqliteFile};Foreign Keys=True;Default Timeout=1",
    })
    {
    }

    /// <summary>Holds the database's write lock (SQLite) or the measures' table lock (PostgreSQL) until disposed.</summary>
    public async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<RectifyDbContext>().Database.GetConnectionString()!;
        if (RectifyFactory.Provider == "Postgres")
        {
            var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
            await using (var admin = new NpgsqlConnection(connectionString))
            {
                await admin.OpenAsync();
                await using var timeout = new NpgsqlCommand($"ALTER DATABASE \"{database}\" SET lock_timeout = '1s'", admin);
                await timeout.ExecuteNonQueryAsync();
            }
            var holder = new NpgsqlConnection(connectionString);
            await holder.OpenAsync();
            var transaction = await holder.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("SET LOCAL lock_timeout = 0; LOCK TABLE \"Measure\" IN EXCLUSIVE MODE", holder, transaction))
                await lockTable.ExecuteNonQueryAsync();
            return new Held(async () => { await transaction.RollbackAsync(); await holder.DisposeAsync(); });
        }
        var sqlite = new SqliteConnection(connectionString.Replace("Default Timeout=1", "Default Timeout=5"));
        await sqlite.OpenAsync();
        await using (var begin = sqlite.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }
        return new Held(async () =>
        {
            await using (var rollback = sqlite.CreateCommand())
            {
                rollback.CommandText = "ROLLBACK";
                await rollback.ExecuteNonQueryAsync();
            }
            await sqlite.DisposeAsync();
        });
    }

    private sealed class Held(Func<Task> release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await release();
    }
}

/// <summary>
/// A write the database cannot take now (another writer holds it, as a large SQLite import does) is refused with 503,
/// Retry-After and a Chinese sentence saying nothing was saved; once the lock is gone the same request goes through.
/// </summary>
public class BusyDatabaseTests(ImpatientWorld world) : IClassFixture<ImpatientWorld>
{
    [Fact]
    public async Task A_write_while_the_database_is_held_answers_503_with_retry_after_and_saves_nothing_then_succeeds()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");

        HttpResponseMessage refused;
        await using (await world.HoldWriteLockAsync())
        {
            refused = await office.PostAsync($"/api/v1/problems/{built.ProblemId}/measures", System.Net.Http.Json.JsonContent.Create(new
            {
                text = "建立学习台账，每月通报", kind = "LongTerm", responsibleUnitId = world.Planning.Id,
            }));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(DatabaseBusy.RetryAfterSeconds), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("数据库正忙", await refused.Content.ReadAsStringAsync());
        Assert.Contains("本次提交未保存", await refused.Content.ReadAsStringAsync());
        var summary = await Ledger.GetJson(office, $"/api/v1/ledger/summary?roundId={built.RoundId}");
        Assert.Equal(2, summary.GetProperty("measures").GetInt32());

        var again = await office.PostAsync($"/api/v1/problems/{built.ProblemId}/measures", System.Net.Http.Json.JsonContent.Create(new
        {
            text = "建立学习台账，每月通报", kind = "LongTerm", responsibleUnitId = world.Planning.Id,
        }));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        summary = await Ledger.GetJson(office, $"/api/v1/ledger/summary?roundId={built.RoundId}");
        Assert.Equal(3, summary.GetProperty("measures").GetInt32());
    }

    [Fact]
    public async Task A_page_saved_while_the_database_is_held_shows_why_with_503_and_keeps_what_was_typed()
    {
        var built = await Ledger.CreateRoundAsync(world, "数据库繁忙时保存页面");
        var page = await PageSession.SignInAsync(world, "office");
        await page.GetAsync($"/Rounds/MeasureForm/{built.MeasureId}");
        var version = (await Ledger.GetJson(await world.As("office"), $"/api/v1/measures/{built.MeasureId}")).GetProperty("row").GetProperty("version").GetInt32();
        var fields = new Dictionary<string, string>
        {
            ["Text"] = "改写后的措施：每季度开展一次专题学习",
            ["Kind"] = "LongTerm",
            ["LimitMode"] = "none",
            ["ResponsiblePerson"] = "陈新任",
            ["ResponsibleUnitId"] = world.Planning.Id.ToString(),
            ["Version"] = version.ToString(),
            // Every page form carries one: claiming it is a write too.
            ["__IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        };

        HttpResponseMessage refused;
        await using (await world.HoldWriteLockAsync())
            refused = await page.PostAsync($"/Rounds/MeasureForm/{built.MeasureId}", new(fields));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("数据库正忙", html);
        Assert.Contains("改写后的措施：每季度开展一次专题学习", html);
        Assert.Contains("陈新任", html);
        var measure = await Ledger.GetJson(await world.As("office"), $"/api/v1/measures/{built.MeasureId}");
        Assert.Equal(version, measure.GetProperty("row").GetProperty("version").GetInt32());
    }
}
