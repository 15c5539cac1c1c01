using System.Net;

namespace Rectify.IntegrationTests.Rounds;

/// <summary>The ledger's pages: numbered pages on the page, and the 下一页 cursor of the page and the API.</summary>
public class LedgerPagingTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task The_page_shows_page_two_s_rows_on_page_two()
    {
        var built = await Ledger.CreateRoundAsync(world, "翻页测试轮次");
        var page = await PageSession.SignInAsync(world, "office");

        var (status, first) = await page.GetAsync($"/Rounds/Ledger?roundId={built.RoundId}&pageSize=1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("加强理论学习,提升政治素养", first);
        Assert.DoesNotContain("优化营商环境,对标先进打造亮点", first);

        var (_, second) = await page.GetAsync($"/Rounds/Ledger?roundId={built.RoundId}&pageSize=1&page=2");
        Assert.Contains("优化营商环境,对标先进打造亮点", second);
        Assert.DoesNotContain("加强理论学习,提升政治素养", second);
        Assert.Contains("第 2 / 2 页", second);
    }
}
