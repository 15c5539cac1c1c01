using System.Diagnostics;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Audit;

/// <summary>A database owner who drops the triggers and edits the audit is caught by verify-audit.</summary>
public class AuditTamperingTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Verify_audit_names_the_first_changed_row_and_exits_non_zero()
    {
        await Ledger.CreateRoundAsync(world, "被篡改审计记录的巡察整改");
        var entries = await AuditAdmin.EntriesAsync(world.Factory);
        var target = entries[entries.Count / 2];
        await AuditAdmin.SqlAsync(world.Factory, RectifyFactory.Provider == "Postgres"
            ? "DROP TRIGGER audit_entries_no_change ON \"AuditEntries\""
            : "DROP TRIGGER \"AuditEntries_no_update\"");
        await AuditAdmin.SqlAsync(world.Factory, $"UPDATE \"AuditEntries\" SET \"UserName\" = '冒名' WHERE \"Sequence\" = {target.Sequence}");

        var state = await AuditAdmin.VerifyAsync(world.Factory);
        Assert.False(state.Intact);
        Assert.Equal(target.Sequence, state.BrokenAt);
        Assert.Equal($"审计记录第{target.Sequence:N0}条校验失败：记录内容与其哈希值不符（记录被改动）（此前{target.Sequence - 1:N0}条完整）。", state.Summary);

        var (exit, output) = await RunAsync("verify-audit");
        Assert.Equal(1, exit);
        Assert.Contains($"审计记录第{target.Sequence:N0}条校验失败", output);
    }

    private async Task<(int Exit, string Output)> RunAsync(string command)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Rectify.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var arg in new[] { dll, command, $"--Rectify:DataDir={world.Factory.DataDir}", $"--Rectify:Database:Provider={RectifyFactory.Provider}",
                     "--Rectify:Database:MigrateOnStart=false", "--Rectify:Jobs:Enabled=false" })
            start.ArgumentList.Add(arg);
        if (world.Factory.PostgresDatabase is { } database) start.ArgumentList.Add($"--Rectify:Database:ConnectionString={RectifyFactory.PostgresConnection(database)}");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
