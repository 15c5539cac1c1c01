using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Documents.Jobs;
using Rectify.Platform.Data;
using static Rectify.IntegrationTests.Messaging.MessageSteps;

namespace Rectify.IntegrationTests.Documents;

/// <summary>
/// An import a crash left running (the process killed mid-way: its one transaction wrote nothing) is run again when
/// the app starts, and after three interrupted runs ended failed with the reason, never left "running" for ever.
/// </summary>
public class SheetImportRecoveryTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task An_import_left_running_by_a_crash_is_run_again_at_start_and_ends_done()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        var rows = Enumerable.Range(1, 20).Select(i => new[] { "", "(二)恢复方面", "中断后恢复的问题", $"一是恢复措施{i}", "立行立改" }).ToArray();
        var sheet = SheetEdit.Apply(await SheetIntoRoundTests.ExportAsync(office, built.RoundId), new Dictionary<string, string>(), rows);
        var id = await CrashedAsync(built.RoundId, sheet, attempts: 1);

        var (requeued, failed) = await RecoverAsync();

        Assert.Equal((1, 0), (requeued, failed));
        var status = await SheetImportJobTests.PollAsync(office, $"/api/v1/sheet-imports/{id}");
        Assert.Equal("Succeeded", status.GetProperty("state").GetString());
        Assert.Equal(20, status.GetProperty("result").GetProperty("added").GetInt32());
        var summary = await Ledger.GetJson(office, $"/api/v1/ledger/summary?roundId={built.RoundId}");
        Assert.Equal(22, summary.GetProperty("measures").GetInt32());
        Assert.Equal(2, await InDb(world, db => db.Set<SheetImport>().Where(i => i.Id == id).Select(i => i.Attempts).SingleAsync()));
        // Recovered once: a second sweep finds nothing to do.
        Assert.Equal((0, 0), await RecoverAsync());
    }

    [Fact]
    public async Task An_import_interrupted_three_times_ends_failed_with_the_reason_and_changes_nothing()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        var sheet = SheetEdit.Apply(await SheetIntoRoundTests.ExportAsync(office, built.RoundId), new Dictionary<string, string>(),
            [["", "(二)恢复方面", "中断三次的问题", "一是不会写入的措施", "立行立改"]]);
        var id = await CrashedAsync(built.RoundId, sheet, attempts: SheetImportRecovery.MaxAttempts);

        Assert.Equal((0, 1), await RecoverAsync());

        var status = await Ledger.GetJson(office, $"/api/v1/sheet-imports/{id}");
        Assert.Equal("Failed", status.GetProperty("state").GetString());
        Assert.Equal(SheetImportRecovery.GaveUp(3), status.GetProperty("message").GetString());
        Assert.Contains("未写入任何内容", status.GetProperty("message").GetString());
        var summary = await Ledger.GetJson(office, $"/api/v1/ledger/summary?roundId={built.RoundId}");
        Assert.Equal(2, summary.GetProperty("measures").GetInt32());
        Assert.Null(await InDb(world, db => db.Set<SheetImport>().Where(i => i.Id == id).Select(i => i.Xlsx).SingleAsync()));
    }

    [Fact]
    public async Task A_second_firing_of_a_running_import_leaves_it_to_the_run_that_holds_it()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        var id = await CrashedAsync(built.RoundId, await SheetIntoRoundTests.ExportAsync(office, built.RoundId), attempts: 1);
        await InDb(world, db => db.Set<SheetImport>().Where(i => i.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.HeartbeatAt, world.Factory.Clock.GetUtcNow())));

        await using (var scope = world.Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<RunSheetImport>().RunAsync(id, CancellationToken.None);

        var row = await InDb(world, db => db.Set<SheetImport>().AsNoTracking().Where(i => i.Id == id).Select(i => new { i.State, i.Attempts }).SingleAsync());
        Assert.Equal((SheetImportState.Running, 1), (row.State, row.Attempts));
        // Ended here, so that the other tests' start-up sweeps (which on SQLite take every unfinished import) find only theirs.
        await InDb(world, db => db.Set<SheetImport>().Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.State, SheetImportState.Failed)));
    }

    /// <summary>An import as a killed process leaves it: claimed, running, its sheet kept, nothing written.</summary>
    private async Task<Guid> CrashedAsync(Guid roundId, byte[] sheet, int attempts)
    {
        var userId = await InDb(world, db => db.Users.Where(u => u.UserName == "office").Select(u => u.Id).SingleAsync());
        var import = new SheetImport(userId, SheetImportKind.IntoRound, roundId, null, null, sheet, world.Factory.Clock.GetUtcNow());
        await InDb(world, async db =>
        {
            db.Add(import);
            await db.SaveChangesAsync();
            return await db.Set<SheetImport>().Where(i => i.Id == import.Id).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.State, SheetImportState.Running).SetProperty(i => i.Attempts, attempts));
        });
        return import.Id;
    }

    private async Task<(int, int)> RecoverAsync()
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SheetImportRecovery>().RecoverAsync(atStart: true, CancellationToken.None);
    }
}
