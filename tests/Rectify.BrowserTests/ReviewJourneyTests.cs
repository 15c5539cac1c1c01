using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>The office's review queue: each request's note and evidence at hand, a PDF opened in the browser, several approved at once.</summary>
[Collection(SiteCollection.Name)]
public class ReviewJourneyTests(DemoSite site)
{
    [Fact]
    public async Task The_office_reads_the_evidence_and_approves_two_requests_at_once()
    {
        var office = await site.SignInAsync("office");
        await office.GotoAsync(site.BaseUrl + "/Rounds/Review");
        var items = office.Locator("[data-testid=review-item]");
        await Assertions.Expect(items.First.Locator("[data-testid=review-evidence]")).ToContainTextAsync("整改佐证材料.pdf");
        await Assertions.Expect(office.Locator("[data-testid=review-item] .light-overdue").First).ToHaveTextAsync("逾期完成");
        await DemoSite.ShotAsync(office, "review-01-queue");

        var href = await items.First.Locator("[data-testid=review-evidence] a").First.GetAttributeAsync("href");
        var file = await office.Context.APIRequest.GetAsync(site.BaseUrl + href);
        Assert.Equal("application/pdf", file.Headers["content-type"]);
        Assert.StartsWith("inline", file.Headers["content-disposition"]);
        Assert.Equal("nosniff", file.Headers["x-content-type-options"]);

        var pending = office.Locator("h1 .badge");
        var before = await pending.InnerTextAsync();
        await items.Nth(0).Locator("input[name=measureIds]").CheckAsync();
        await items.Nth(1).Locator("input[name=measureIds]").CheckAsync();
        await office.ClickAsync("[data-testid=batch-form] button[type=submit]");
        await Assertions.Expect(office.Locator("[data-testid=batch-outcomes]")).ToContainTextAsync("批量销号结果：2 条已销号，0 条未销号");
        await Assertions.Expect(office.Locator("[data-testid=batch-outcome]")).ToHaveCountAsync(2);
        await Assertions.Expect(pending).ToHaveTextAsync($"{int.Parse(before.Split(' ')[0]) - 2} 条待审核");
        await DemoSite.ShotAsync(office, "review-02-batch-approved");

        await office.SetViewportSizeAsync(390, 844);
        await DemoSite.ShotAsync(office, "review-03-queue-390");
    }
}
