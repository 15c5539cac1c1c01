using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.IntegrationTests.Audit;

/// <summary>The audit is one unbroken chain, whoever writes at once, and its rows cannot be changed or removed.</summary>
public class AuditChainTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Every_change_and_sign_in_is_chained_and_the_chain_verifies()
    {
        await Ledger.CreateRoundAsync(world, "市委第二巡察组反馈意见整改（审计链）");
        var entries = await AuditEntries();
        Assert.Contains(entries, e => e.EntityType == "Measure" && e.Action == "新增");
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        var state = await AuditAdmin.VerifyAsync(world.Factory);
        Assert.True(state.Intact, state.Summary);
        Assert.Equal(entries.Count, state.Verified);
        Assert.Equal($"审计记录完整，已校验至第{entries.Count:N0}条。", state.Summary);
    }

    [Fact]
    public async Task A_moment_with_a_fraction_of_a_millisecond_reads_back_with_the_same_hash()
    {
        world.Factory.Clock.Advance(TimeSpan.FromTicks(1_234_567));
        await using (var scope = world.Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ISecurityEventLog>().RecordAsync(SecurityEventKind.SignedIn, true, "office");
        Assert.True((await AuditAdmin.VerifyAsync(world.Factory)).Intact);
    }

    [Fact]
    public async Task Writers_at_the_same_time_never_fork_the_chain()
    {
        var office = await world.As("office");
        var writes = Enumerable.Range(1, 12).Select(async i =>
        {
            await using var scope = world.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISecurityEventLog>().RecordAsync(SecurityEventKind.Exported, true, $"台账{i}", "并发写入");
        }).Append(office.PostAsJsonAsync("/api/v1/rounds", new
        {
            kind = "Patrol",
            title = "并发写入时的巡察整改",
            campaignName = "七届市委第四轮巡察",
            inspectingBody = "市委第一巡察组",
            inspectedUnitId = world.Commission.Id,
            stayStart = "2023-06-05",
            stayEnd = "2023-09-08",
            feedbackDate = "2023-11-10",
        }).ContinueWith(t => t.Result.EnsureSuccessStatusCode()));
        await Task.WhenAll(writes);

        var entries = await AuditEntries();
        Assert.Equal(12, entries.Count(e => e.EntityType == SecurityEventNames.EntityType && e.Changes.Contains("并发写入")));
        Assert.Equal(entries.Count, entries.Select(e => e.Sequence).Distinct().Count());
        Assert.True((await AuditAdmin.VerifyAsync(world.Factory)).Intact);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_audit_row()
    {
        await Ledger.CreateRoundAsync(world, "审计记录不可改动的巡察整改");
        await Assert.ThrowsAnyAsync<Exception>(() => AuditAdmin.SqlAsync(world.Factory, "UPDATE \"AuditEntries\" SET \"UserName\" = 'someone'"));
        await Assert.ThrowsAnyAsync<Exception>(() => AuditAdmin.SqlAsync(world.Factory, "DELETE FROM \"AuditEntries\""));

        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        var entry = await db.AuditEntries.OrderBy(a => a.Sequence).FirstAsync();
        entry.UserName = "someone";
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Equal("审计记录只能追加，不能修改或删除", refused.Message);
        Assert.True((await AuditAdmin.VerifyAsync(world.Factory)).Intact);
    }

    private Task<List<AuditEntry>> AuditEntries() => AuditAdmin.EntriesAsync(world.Factory);
}
