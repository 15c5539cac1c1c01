using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>
/// Under the Content-Security-Policy (the app's own script and style files only) every page works as before: nothing
/// is refused in the console, charts draw, progress bars keep their widths, and a question before a delete still asks.
/// </summary>
[Collection(SiteCollection.Name)]
public class ContentSecurityPolicyTests(DemoSite site)
{
    private static readonly string[] OfficePages =
    [
        "/", "/Todo", "/Rounds/Ledger", "/Rounds/Review", "/Dashboard", "/Supervision/Escalations", "/Supervision/LookBacks",
        "/Supervision/Dispatches", "/Documents/Upload", "/Documents/ImportSheet", "/Messages", "/Account/ChangePassword",
        "/Appeals", "/Appeals/New",
    ];

    private static readonly string[] AdminPages = ["/Admin/Users", "/Admin/Units", "/Admin/Messages", "/Account/Authenticator"];

    // The auditor is left out: the admin journey binds his authenticator, after which he signs in with a code
    // (/Audit has no inline code either: the view scan covers it).
    private static readonly (string Account, string[] Pages)[] OtherAdmins = [("secadmin", ["/Admin/Security", "/Admin/Security/Policy"])];

    [Fact]
    public async Task No_page_has_anything_refused_by_the_policy_and_progress_bars_keep_their_widths()
    {
        var office = await site.SignInAsync("office");
        var refused = Watch(office);
        foreach (var path in OfficePages) await VisitAsync(office, path);
        var firstRound = await FirstRoundAsync(office);
        foreach (var path in new[] { "/Rounds/Structure/", "/Rounds/Edit/", "/Rounds/History/", "/Supervision/WarningSettings/" })
            await VisitAsync(office, path + firstRound);
        await VisitAsync(office, "/Documents/Bulletin/" + firstRound);
        await Assertions.Expect(office.Locator("[data-testid=bulletin-preview] .bulletin h1")).ToHaveCSSAsync("text-align", "center");
        await VisitAsync(office, "/Rounds/Ledger?roundId=" + firstRound);
        var measure = await office.Locator("main a[href^='/Rounds/Measure/']").First.GetAttributeAsync("href");
        await VisitAsync(office, measure!);
        await VisitAsync(office, "/Rounds/Ledger?roundId=" + firstRound);
        var bar = office.Locator("main .progress-bar").First;
        var percent = await bar.EvaluateAsync<double>("b => b.getBoundingClientRect().width / b.parentElement.getBoundingClientRect().width * 100");
        var expected = int.Parse(System.Text.RegularExpressions.Regex.Match(await bar.GetAttributeAsync("class") ?? "", @"pct-(\d+)").Groups[1].Value);
        Assert.InRange(percent, expected - 1, expected + 1);
        await VisitAsync(office, "/Dashboard");
        await Assertions.Expect(office.Locator("[data-chart] canvas")).ToHaveCountAsync(4);

        var admin = await site.SignInAsync("admin");
        var adminRefused = Watch(admin);
        foreach (var path in AdminPages) await VisitAsync(admin, path);

        foreach (var (account, pages) in OtherAdmins)
        {
            var other = await site.SignInAsync(account);
            var otherRefused = Watch(other);
            foreach (var path in pages) await VisitAsync(other, path);
            adminRefused.AddRange(otherRefused);
        }
        // The public appeal form and its follow-up page, without an account.
        var visitor = await (await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" })).NewPageAsync();
        var visitorRefused = Watch(visitor);
        foreach (var path in new[] { "/appeal", "/appeal/track" }) await VisitAsync(visitor, path);

        Assert.True(refused.Count == 0, string.Join("\n", refused));
        Assert.True(adminRefused.Count == 0, string.Join("\n", adminRefused));
        Assert.True(visitorRefused.Count == 0, string.Join("\n", visitorRefused));
    }

    [Fact]
    public async Task A_delete_still_asks_first_and_nothing_happens_when_the_office_says_no()
    {
        var office = await site.SignInAsync("office");
        var refused = Watch(office);
        await office.GotoAsync(site.BaseUrl + "/Rounds/Structure/" + await FirstRoundAsync(office));
        var measures = await office.Locator("form[data-confirm='确定删除该措施？']").CountAsync();
        Assert.True(measures > 0);
        string? asked = null;
        office.Dialog += async (_, dialog) => { asked = dialog.Message; await dialog.DismissAsync(); };

        await office.Locator("form[data-confirm='确定删除该措施？'] button").First.ClickAsync();

        await Assertions.Expect(office.Locator("form[data-confirm='确定删除该措施？']")).ToHaveCountAsync(measures);
        Assert.Equal("确定删除该措施？", asked);
        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }

    private async Task<string> FirstRoundAsync(IPage page)
    {
        await page.GotoAsync(site.BaseUrl + "/");
        var href = await page.Locator("main a[href^='/Rounds/Ledger?roundId=']").First.GetAttributeAsync("href");
        return href!.Split('=')[1];
    }

    private async Task VisitAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(site.BaseUrl + path);
        Assert.True(response is { Ok: true }, $"{path}: {response?.Status}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>What the browser refused or failed on: CSP violations and script errors, with the page they came from.</summary>
    private static List<string> Watch(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") refused.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => refused.Add($"{page.Url}: {error}");
        return refused;
    }
}
