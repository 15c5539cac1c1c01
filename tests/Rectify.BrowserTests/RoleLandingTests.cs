using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>
/// Every demo account signs in and starts on its own work: unit staff and the office on 我的待办, the leader on the
/// dashboard of his scope, the inspector on the rounds, the admin on the users; 政务服务科's liaison finds, on a phone,
/// a measure coming due and one returned with its reason.
/// </summary>
[Collection(SiteCollection.Name)]
public class RoleLandingTests(DemoSite site)
{
    [Theory]
    [InlineData("staff", "/Todo", "我的待办")]
    [InlineData("staff-zw", "/Todo", "我的待办")]
    [InlineData("office", "/Todo", "我的待办")]
    [InlineData("leader", "/Dashboard", "督办看板")]
    [InlineData("inspector", "/", "整改轮次")]
    [InlineData("admin", "/Admin/Users", "用户管理")]
    public async Task Each_demo_account_starts_on_its_own_page(string account, string path, string heading)
    {
        var page = await site.SignInAsync(account);

        Assert.Equal(path, new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(heading);
        await DemoSite.ShotAsync(page, $"80-lands-{account}");
    }

    [Fact]
    public async Task The_government_service_liaison_on_a_phone_sees_a_measure_coming_due_and_one_returned_with_its_reason()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/Account/Login");
        await page.FillAsync("input[name=UserName]", "staff-zw");
        await page.FillAsync("input[name=Password]", Features.Demo.DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(u => u.EndsWith("/Todo", StringComparison.Ordinal));

        var items = page.Locator("[data-testid=todo-measure]");
        Assert.True(await items.CountAsync() >= 2, "政务服务科 has work waiting");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("原因：佐证材料不够完整");
        await DemoSite.AssertNoSidewaysScrollAsync(page);
        await DemoSite.ShotAsync(page, "81-phone-staff-zw-todo");
    }
}
