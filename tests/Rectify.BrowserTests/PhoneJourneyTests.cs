using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>
/// A unit's liaison on a phone (390 × 844): signs in, lands on 我的待办, opens a measure and reports progress; the menu
/// folds into a button and the rounds, ledger and inbox read as cards without sideways scrolling.
/// </summary>
[Collection(SiteCollection.Name)]
public class PhoneJourneyTests(DemoSite site)
{
    private async Task<IPage> SignInOnPhoneAsync(string userName)
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
        await page.FillAsync("input[name=UserName]", userName);
        await page.FillAsync("input[name=Password]", Features.Demo.DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(u => !u.Contains("/Account/Login"));
        return page;
    }

    [Fact]
    public async Task A_liaison_on_a_phone_goes_from_sign_in_to_a_reported_measure()
    {
        var staff = await SignInOnPhoneAsync("staff");
        await Assertions.Expect(staff.Locator("main h1")).ToHaveTextAsync("我的待办");
        await Assertions.Expect(staff.Locator("#main-nav")).Not.ToBeVisibleAsync();
        var first = staff.Locator("[data-testid=todo-measure]").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        await DemoSite.AssertNoSidewaysScrollAsync(staff);
        await DemoSite.ShotAsync(staff, "90-phone-todo");

        await staff.ClickAsync("[data-testid=nav-toggle]");
        await Assertions.Expect(staff.Locator("#main-nav a[href='/Rounds/Ledger']")).ToBeVisibleAsync();
        await DemoSite.ShotAsync(staff, "91-phone-menu");
        await staff.ClickAsync("[data-testid=nav-toggle]");

        var text = await first.Locator("a.todo-text").GetAttributeAsync("title") ?? "";
        await first.Locator("[data-testid=report-progress]").ClickAsync();
        await Assertions.Expect(staff.Locator("[data-testid=measure-text]")).ToContainTextAsync(text.Trim()[..Math.Min(10, text.Trim().Length)]);
        await DemoSite.AssertNoSidewaysScrollAsync(staff);
        await DemoSite.ShotAsync(staff, "92-phone-measure");

        var form = staff.Locator("[data-testid=progress-form]");
        await form.Locator("textarea[name=ProgressText]").FillAsync("已召开专题推进会,逐项明确责任人和完成节点,相关制度草案已提交审议。");
        await form.Locator("input[name=Percent]").FillAsync("70");
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("已召开专题推进会,逐项明确责任人和完成节点");
        await DemoSite.AssertNoSidewaysScrollAsync(staff);
        await DemoSite.ShotAsync(staff, "93-phone-reported");
    }

    [Fact]
    public async Task Lists_read_as_cards_on_a_phone()
    {
        var staff = await SignInOnPhoneAsync("staff");
        foreach (var (url, name) in new[] { ("/", "94-phone-rounds"), ("/Rounds/Ledger", "95-phone-ledger"), ("/Messages", "96-phone-inbox") })
        {
            await staff.GotoAsync(site.BaseUrl + url);
            await DemoSite.AssertNoSidewaysScrollAsync(staff);
            await DemoSite.ShotAsync(staff, name);
        }
        await staff.GotoAsync(site.BaseUrl + "/Rounds/Ledger");
        Assert.Equal("none", await staff.Locator("[data-testid=ledger] thead").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        // The unit picker's matches open under its box and stay on the screen.
        await staff.FillAsync("[data-testid=unit-picker]", "科");
        await Assertions.Expect(staff.Locator("#unit-choices [role=option]").First).ToBeVisibleAsync();
        await DemoSite.AssertNoSidewaysScrollAsync(staff);
        await DemoSite.ShotAsync(staff, "95a-phone-unit-picker");

        var office = await SignInOnPhoneAsync("office");
        await Assertions.Expect(office.Locator("main h1")).ToHaveTextAsync("我的待办");
        await DemoSite.AssertNoSidewaysScrollAsync(office);
        await DemoSite.ShotAsync(office, "97-phone-office-todo");
        await office.GotoAsync(site.BaseUrl + "/Rounds/Review");
        await DemoSite.AssertNoSidewaysScrollAsync(office);
        await DemoSite.ShotAsync(office, "98-phone-review");
        // The dashboard's unit picker, as on the ledger: its matches under its box, on the screen.
        await office.GotoAsync(site.BaseUrl + "/Dashboard");
        await office.FillAsync("main [data-testid=unit-picker]", "发展改革");
        await Assertions.Expect(office.Locator("main #unit-choices [role=option]").First).ToContainTextAsync("发展改革");
        await DemoSite.AssertNoSidewaysScrollAsync(office);
        await DemoSite.ShotAsync(office, "98a-phone-dashboard-unit-picker");

        await office.GotoAsync(site.BaseUrl + "/Rounds/Ledger?pageSize=5");
        await office.Locator("[data-testid=pager] a", new() { HasText = "下一页" }).ClickAsync();
        await Assertions.Expect(office.Locator("[data-testid=pager]")).ToContainTextAsync("第 2 /");
        // Both buttons on one line, each on a single line of text.
        var previous = await office.Locator("[data-testid=pager] a", new() { HasText = "上一页" }).BoundingBoxAsync();
        var next = await office.Locator("[data-testid=pager] a", new() { HasText = "下一页" }).BoundingBoxAsync();
        Assert.NotNull(previous);
        Assert.NotNull(next);
        Assert.Equal(previous.Y, next.Y, 1);
        Assert.True(next.Height < 40, $"下一页 wraps: {next.Height} px high");
        await DemoSite.AssertNoSidewaysScrollAsync(office);
        await office.Locator("[data-testid=pager]").ScreenshotAsync(new() { Path = Path.Combine(DemoSite.Screenshots, "95b-phone-ledger-pager.png") });

        var desk = await site.SignInAsync("office");
        await Assertions.Expect(desk.Locator("main h1")).ToHaveTextAsync("我的待办");
        await DemoSite.ShotAsync(desk, "89-desktop-office-todo");
    }
}
