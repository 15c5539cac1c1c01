using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;

namespace Rectify.IntegrationTests.Audit;

/// <summary>What the database deletes by cascade is in the audit; what is secret is not.</summary>
public class DeletesAndSecretsTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Deleting_a_problem_audits_the_link_the_database_would_have_dropped_silently()
    {
        var first = await Ledger.CreateRoundAsync(world, "市委第三巡察组反馈意见整改");
        var second = await Ledger.CreateRoundAsync(world, "市委第四巡察组反馈意见整改");
        var office = await world.As("office");
        (await office.PostAsJsonAsync($"/api/v1/problems/{first.ProblemId}/links", new { linkedProblemId = second.ProblemId })).EnsureSuccessStatusCode();

        var deleted = await office.DeleteAsync($"/api/v1/problems/{second.ProblemId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var entries = await AuditAdmin.EntriesAsync(world.Factory);
        var link = Assert.Single(entries, e => e.EntityType == "ProblemLink" && e.Action == "删除");
        Assert.Contains(second.ProblemId.ToString(), link.Changes);
        Assert.Contains(entries, e => e.EntityType == "Problem" && e.Action == "删除" && e.EntityId == second.ProblemId.ToString());
        Assert.True((await AuditAdmin.VerifyAsync(world.Factory)).Intact);
    }

    [Fact]
    public async Task A_robot_key_and_signing_secret_appear_nowhere_in_the_audit_and_the_secret_is_stored_protected()
    {
        const string token = "a7f3c9e1d2b4robotkey";
        const string secret = "SEC9d8e7f6a5b4c3signing";
        var admin = await world.As("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/admin/webhooks", new
        {
            name = "规划科钉钉群",
            kind = "DingTalk",
            url = $"https://oapi.dingtalk.com/robot/send?access_token={token}",
            secret,
            unitId = world.Planning.Id,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = await Ledger.Id(created);
        (await admin.PutAsJsonAsync($"/api/v1/admin/webhooks/{id}", new
        {
            name = "规划科钉钉群",
            kind = "DingTalk",
            url = $"https://oapi.dingtalk.com/robot/send?access_token={token}2",
            secret = secret + "2",
            unitId = world.Planning.Id,
            isActive = true,
            version = 0,
        })).EnsureSuccessStatusCode();

        var everything = string.Join("\n", (await AuditAdmin.EntriesAsync(world.Factory)).Select(e => $"{e.EntityId} {e.SubjectId} {e.Changes}"));
        Assert.DoesNotContain(token, everything);
        Assert.DoesNotContain(secret, everything);
        Assert.Contains("access_token=******", everything);
        Assert.Contains("{\"field\":\"Secret\",\"before\":\"******\",\"after\":\"******\"}", everything);

        await using var scope = world.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<RectifyDbContext>().Set<WebhookEndpoint>().AsNoTracking()
            .Where(w => w.Id == id).Select(w => w.Secret).SingleAsync();
        Assert.DoesNotContain(secret, stored);
        Assert.Equal(secret + "2", scope.ServiceProvider.GetRequiredService<WebhookSecrets>().Reveal(stored!));
    }
}
