using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Supervision;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.IntegrationTests.Supervision;

/// <summary>
/// 督办's proposals for a talk: a province proposes about 2,000 units, so the page shows the most pressing first and the
/// rest one click away. Units of its own: a class of its own.
/// </summary>
public class TalkProposalsPageTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task The_page_shows_the_most_pressing_proposals_and_every_one_on_request()
    {
        var units = Enumerable.Range(1, EscalationsModel.ProposalsShown + 1).Select(i => new Unit($"第{i}科", $"第{i}科", world.Commission)).ToList();
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
            db.AddRange(units);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var built = await Ledger.CreateRoundAsync(world, "约谈建议分页测试");
        var office = await world.As("office");
        // The last unit is the most overdue: it leads the list.
        for (var u = 0; u < units.Count; u++)
            for (var i = 0; i < (u == units.Count - 1 ? 5 : 3); i++)
                (await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures", new
                {
                    text = $"限期完成第{i + 1}项", kind = "Dated", responsibleUnitId = units[u].Id, timeLimit = "2024-04-01",
                })).EnsureSuccessStatusCode();

        var page = await PageSession.SignInAsync(world, "office");
        var (_, first) = await page.GetAsync("/Supervision/Escalations");
        var proposed = units.Count(u => first.Contains($"unitId={u.Id}"));
        Assert.Equal(EscalationsModel.ProposalsShown, proposed);
        Assert.Contains($"unitId={units[^1].Id}", first);
        Assert.Contains($"以上为最需关注的{EscalationsModel.ProposalsShown}个单位。", first);
        Assert.Contains("显示全部", first);

        var (_, all) = await page.GetAsync("/Supervision/Escalations?allProposals=true");
        Assert.All(units, u => Assert.Contains($"unitId={u.Id}", all));
        Assert.DoesNotContain("以上为最需关注的", all);
    }
}
