using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>
/// The demo office records two calls, assigns them to two units, and reads the month's rates: a line per unit with the
/// counts behind each rate, 合计, — where nothing was rated yet, the .xlsx download; then the same page on a phone.
/// Asserts nothing on figures other journeys change.
/// </summary>
[Collection(SiteCollection.Name)]
public class AppealRatesJourneyTests(DemoSite site)
{
    [Fact]
    public async Task Office_reads_the_months_appeal_rates_on_a_desk_and_on_a_phone()
    {
        var office = await site.SignInAsync("office");
        foreach (var unit in new[] { "政务服务科", "法规科" }) await RecordAndAssignAsync(office, unit);

        await office.GotoAsync(site.BaseUrl + "/Appeals");
        await office.ClickAsync("[data-testid=appeal-rates]");
        await Assertions.Expect(office.Locator("main h1")).ToHaveTextAsync("企业诉求办理情况");
        Assert.True(await office.Locator("[data-testid=rates-unit]").CountAsync() >= 2);
        await Assertions.Expect(office.Locator("[data-testid=rates-total]")).ToContainTextAsync("合计");
        await Assertions.Expect(office.Locator("[data-testid=rates]")).ToContainTextAsync("—");
        await DemoSite.ShotAsync(office, "80-appeal-rates");

        var download = await office.RunAndWaitForDownloadAsync(() => office.ClickAsync("[data-testid=rates-xlsx]"));
        Assert.EndsWith("企业诉求办理情况.xlsx", download.SuggestedFilename);

        await office.SetViewportSizeAsync(390, 844);
        await office.ReloadAsync();
        // On a phone each unit is a card: the rates read under their names, no header row.
        await Assertions.Expect(office.Locator("[data-testid=rates] thead")).ToBeHiddenAsync();
        await Assertions.Expect(office.Locator("[data-testid=rates-unit] td[data-label=按时办结率]").First).ToBeVisibleAsync();
        await DemoSite.ShotAsync(office, "81-appeal-rates-phone");
        await office.SetViewportSizeAsync(1440, 1000);
    }

    private async Task RecordAndAssignAsync(IPage office, string unit)
    {
        await office.GotoAsync(site.BaseUrl + "/Appeals/New");
        await office.FillAsync("input[name=EnterpriseName]", "示范市恒通包装材料有限公司");
        await office.FillAsync("input[name=ContactName]", "孙立华");
        await office.FillAsync("input[name=ContactPhone]", "13805461122");
        await office.FillAsync("input[name=Title]", "技改项目补助资金迟迟未拨付");
        await office.FillAsync("textarea[name=Text]", "企业去年完成技改项目并通过验收，补助资金至今未拨付。");
        await office.ClickAsync("main button[type=submit]");
        await office.WaitForURLAsync(u => u.Contains("/Appeals/Details/"));
        await office.ClickAsync("[data-testid=accept]");
        await Assertions.Expect(office.Locator("[data-testid=assign-form]")).ToBeVisibleAsync();
        await DemoSite.PickAsync(office, "assign-unit-text", unit, unit);
        await office.ClickAsync("[data-testid=assign]");
        await Assertions.Expect(office.Locator("main")).ToContainTextAsync("已交办");
    }
}
