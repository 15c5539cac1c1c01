using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>
/// The office filters a round's ledger on 滞后, sets its warning rules, orders the round's look-back and records a
/// rebound: the measure is back at work.
/// </summary>
[Collection(SiteCollection.Name)]
public class LookBackJourneyTests(DemoSite site)
{
    [Fact]
    public async Task Office_filters_lagging_sets_the_rules_and_records_a_rebound_in_the_look_back()
    {
        var office = await site.SignInAsync("office");
        await office.GotoAsync(site.BaseUrl + "/");
        await office.ClickAsync("text=中共东营市发展和改革委员会党组关于市委第五巡察组反馈意见集中整改进展情况的通报");
        var ledgerUrl = office.Url;

        await office.CheckAsync("#lagging");
        await office.ClickAsync("main button:has-text('筛选')");
        var rows = office.Locator("[data-testid=ledger-row]");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        Assert.All(await rows.Locator("td:last-child").AllInnerTextsAsync(), t => Assert.Contains("滞后", t));
        await DemoSite.ShotAsync(office, "50-office-ledger-lagging");

        await office.GotoAsync(ledgerUrl);
        await office.ClickAsync("[data-testid=warning-settings]");
        await office.FillAsync("#due", "10");
        await office.FillAsync("#lookback", "3");
        await DemoSite.ShotAsync(office, "51-office-warning-settings");
        await office.ClickAsync("[data-testid=warning-settings] button[type=submit]");
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("预警设置已保存");

        office.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await office.ClickAsync("[data-testid=order-look-back] button");
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("安排回头看");
        var item = office.Locator("[data-testid=look-back]").First;
        var measureLink = await item.Locator("a").GetAttributeAsync("href");
        await item.Locator("input[name=finding]").FillAsync("制度执行流于形式,问题有所反弹");
        await DemoSite.ShotAsync(office, "52-office-look-backs");
        await item.Locator("button[value=Rebounded]").ClickAsync();
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("已记录反弹");

        await office.GotoAsync(site.BaseUrl + measureLink);
        // Back at work, shown as returned with the look-back's reason.
        await Assertions.Expect(office.Locator("[data-testid=measure-status]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("status-InProgress"));
        await Assertions.Expect(office.Locator("main")).ToContainTextAsync("回头看发现反弹：制度执行流于形式,问题有所反弹");
        await DemoSite.ShotAsync(office, "53-office-measure-rebounded");
    }
}
