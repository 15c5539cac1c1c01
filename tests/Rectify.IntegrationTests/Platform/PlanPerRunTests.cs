using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Platform;

/// <summary>
/// A query marked PlanPerRun (the ledger's search) is planned for its parameters on every run: Npgsql never prepares it,
/// while it prepares the same query unmarked once it has run five times.
/// </summary>
public class PlanPerRunTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Marked_query_is_never_prepared_and_answers_as_the_unmarked_one()
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        const string pattern = "%科%";
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        try
        {
            int marked = 0, unmarked = 0;
            for (var i = 0; i < 8; i++)
            {
                marked = await PlanPerRun.Mark(db.Units.Where(u => EF.Functions.Like(u.Name, pattern))).CountAsync(TestContext.Current.CancellationToken);
                unmarked = await db.Units.Where(u => EF.Functions.Like(u.Name, pattern)).CountAsync(TestContext.Current.CancellationToken);
            }
            Assert.Equal(3, marked);   // 规划科, 信用建设科, 政务服务科
            Assert.Equal(unmarked, marked);
            if (RectifyFactory.Provider != "Postgres") return;

            var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements")
                .ToListAsync(TestContext.Current.CancellationToken);
            Assert.Contains(prepared, s => s.Contains("\"Name\" LIKE") && !s.Contains(PlanPerRun.Tag));
            Assert.DoesNotContain(prepared, s => s.Contains(PlanPerRun.Tag));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
