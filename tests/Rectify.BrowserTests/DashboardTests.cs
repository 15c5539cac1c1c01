using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>The demo office opens the dashboard from the navbar: figures, four charts drawn, each with its table.</summary>
[Collection(SiteCollection.Name)]
public class DashboardTests(DemoSite site)
{
    [Fact]
    public async Task Office_opens_the_dashboard_and_sees_the_charts_with_their_tables()
    {
        var office = await site.SignInAsync("office");
        await office.GotoAsync(site.BaseUrl + "/");
        await office.ClickAsync("nav >> text=督办看板");

        await Assertions.Expect(office.Locator("main h1")).ToHaveTextAsync("督办看板");
        await Assertions.Expect(office.Locator("[data-chart] canvas")).ToHaveCountAsync(4);
        await Assertions.Expect(office.Locator("[data-testid=kpi]")).ToHaveCountAsync(9);
        Assert.True(await office.Locator("[data-testid=completion-table] tbody tr").CountAsync() > 0);
        Assert.True(await office.Locator("[data-testid=weeks-table] tbody tr").CountAsync() == 12);
        await DemoSite.ShotAsync(office, "40-office-dashboard");

        // The round filter offers the newest rounds on focus and finds others by title.
        await office.FocusAsync("main [data-testid=round-picker]");
        await office.Locator("main #round-text-choices [role=option]").First.ClickAsync();
        await office.ClickAsync("main button[type=submit]");
        await Assertions.Expect(office.Locator("[data-testid=dashboard-scope]")).ToContainTextAsync("所选轮次");
        await Assertions.Expect(office.Locator("[data-chart] canvas")).ToHaveCountAsync(4);
        await DemoSite.ShotAsync(office, "41-office-dashboard-one-round");

        // The unit filter searches the office's units instead of listing them all.
        await office.FillAsync("main [data-testid=unit-picker]", "发展改革");
        await Assertions.Expect(office.Locator("main #unit-choices [role=option]").First).ToContainTextAsync("发展改革");
        await DemoSite.ShotAsync(office, "42-office-dashboard-unit-picker");
        await office.Locator("main #unit-choices [role=option]").Filter(new() { HasText = "市发展改革委" }).First.ClickAsync();
        await office.ClickAsync("main button[type=submit]");
        await office.WaitForURLAsync(u => u.Contains("unitId="));
        await Assertions.Expect(office.Locator("main [data-testid=unit-picker]")).ToHaveValueAsync("市发展改革委");
        await Assertions.Expect(office.Locator("[data-chart] canvas")).ToHaveCountAsync(4);
        await DemoSite.ShotAsync(office, "43-office-dashboard-one-unit");
    }
}
