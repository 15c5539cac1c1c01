using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>
/// The demo office issues two dispatches of all its rounds from the navbar's 调度通报: the second shows the ranked
/// table with the change since the first, the worst measures link to their measures, and the Word file downloads.
/// Asserts nothing on figures other journeys change.
/// </summary>
[Collection(SiteCollection.Name)]
public class DispatchJourneyTests(DemoSite site)
{
    [Fact]
    public async Task Office_issues_a_dispatch_and_reads_the_ranking_with_its_change()
    {
        var office = await site.SignInAsync("office");
        await office.GotoAsync(site.BaseUrl + "/");
        await office.ClickAsync("nav >> text=调度通报");
        await Assertions.Expect(office.Locator("main h1")).ToHaveTextAsync("调度通报");

        await IssueAsync(office);
        var first = office.Url;
        await IssueAsync(office);
        Assert.NotEqual(first, office.Url);

        await Assertions.Expect(office.Locator("[data-testid=dispatch-title]")).ToContainTextAsync("整改工作调度通报（第");
        await Assertions.Expect(office.Locator("[data-testid=ranking-rule]")).ToContainTextAsync("按完成率");
        Assert.True(await office.Locator("[data-testid=dispatch-unit]").CountAsync() > 1);
        // Compared with the first dispatch: every ranked unit shows its move (— when it kept its place), none is new.
        await Assertions.Expect(office.Locator("main")).ToContainTextAsync("较第");
        Assert.Equal(0, await office.Locator("[data-testid=rank-change]", new() { HasTextString = "新增" }).CountAsync());
        Assert.True(await office.Locator("[data-testid=dispatch-measure] a[href^='/Rounds/Measure/']").CountAsync() > 0);
        await DemoSite.ShotAsync(office, "71-dispatch");

        var download = await office.RunAndWaitForDownloadAsync(() => office.ClickAsync("[data-testid=download-docx]"));
        Assert.EndsWith(".docx", download.SuggestedFilename);

        await office.ClickAsync("nav >> text=调度通报");
        Assert.True(await office.Locator("[data-testid=dispatch]").CountAsync() >= 2);
        await DemoSite.ShotAsync(office, "70-dispatch-list");
    }

    private static async Task IssueAsync(IPage office)
    {
        await office.GotoAsync(new Uri(new Uri(office.Url), "/Supervision/Dispatches").ToString());
        // An empty round box is the whole scope (全部轮次).
        await Assertions.Expect(office.Locator("main [data-testid=new-dispatch] [data-testid=round-picker]")).ToHaveAttributeAsync("placeholder", "全部轮次（输入标题查找）");
        await office.ClickAsync("main [data-testid=new-dispatch] button[type=submit]");
        await office.WaitForURLAsync(u => u.Contains("/Supervision/Dispatches/"));
    }
}
