using System.Net;
using System.Text.Json;

namespace Rectify.IntegrationTests.Rounds;

/// <summary>按最近更新: the ledger sorted by the measures' last change, the same on both databases.</summary>
public class LedgerChangedSortTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Latest_change_comes_first_and_a_progress_report_moves_its_measure_to_the_top()
    {
        var built = await Ledger.CreateRoundAsync(world, "最近更新排序测试轮次");
        var office = await world.As("office");
        // Both measures were added in the same instant of the test clock: the later one (by id) first.
        Assert.Equal([built.CooperatingMeasureId, built.MeasureId], await IdsAsync(office, $"roundId={built.RoundId}&sort=changed"));

        world.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var progress = await (await world.As("staff")).PostAsync($"/api/v1/measures/{built.MeasureId}/progress",
            Ledger.Progress("已召开专题学习会", 30, ("学习记录.pdf", Ledger.Pdf)));
        Assert.Equal(HttpStatusCode.Created, progress.StatusCode);

        Assert.Equal([built.MeasureId, built.CooperatingMeasureId], await IdsAsync(office, $"roundId={built.RoundId}&sort=changed"));
        Assert.Equal([built.CooperatingMeasureId, built.MeasureId], await IdsAsync(office, $"roundId={built.RoundId}&sort=changed&desc=true"));
        // The whole scope in the same order: the reported measure is the office's latest change.
        Assert.Equal(built.MeasureId, (await IdsAsync(office, "sort=changed"))[0]);

        var page = await PageSession.SignInAsync(world, "office");
        var (status, html) = await page.GetAsync($"/Rounds/Ledger?roundId={built.RoundId}&sort=changed");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(html.IndexOf("加强理论学习,提升政治素养", StringComparison.Ordinal) < html.IndexOf("优化营商环境,对标先进打造亮点", StringComparison.Ordinal));
        Assert.Contains("按最近更新", html);
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query)
    {
        var page = await Ledger.GetJson(client, "/api/v1/ledger?" + query);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("measureId").GetGuid()).ToList();
    }
}
