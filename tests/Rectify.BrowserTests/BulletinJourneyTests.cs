using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>The office opens a round's bulletin from its ledger, writes the narratives, and downloads it as Word.</summary>
[Collection(SiteCollection.Name)]
public class BulletinJourneyTests(DemoSite site)
{
    [Fact]
    public async Task Office_writes_the_narratives_previews_the_bulletin_and_downloads_it_as_word()
    {
        var office = await site.SignInAsync("office");
        await office.GotoAsync(site.BaseUrl + "/");
        await office.ClickAsync("text=中共遂宁市政务服务和大数据管理局党组关于巡察整改阶段进展情况的通报");
        await office.ClickAsync("[data-testid=bulletin]");

        var preview = office.Locator("[data-testid=bulletin-preview]");
        await Assertions.Expect(preview.Locator("h1")).ToContainTextAsync("关于巡察整改进展情况的通报");
        await Assertions.Expect(preview).ToContainTextAsync("二、");
        await Assertions.Expect(preview).ToContainTextAsync("整改情况：一是");

        await office.FillAsync("textarea[name='Texts.ContactText']", "联系电话:0825-2222222;电子邮箱:snzwj@example.cn");
        await office.FillAsync("textarea[name='Texts.NextStepsText']", "下一步,我局将持续巩固整改成果,推动整改常态长效。");
        await office.ClickAsync("[data-testid=bulletin-texts] button[type=submit]");
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("通报文字已保存");
        await Assertions.Expect(preview).ToContainTextAsync("联系电话：0825-2222222");
        await Assertions.Expect(preview).ToContainTextAsync("下一步，我局将持续巩固整改成果");
        await DemoSite.ShotAsync(office, "20-office-bulletin");

        var download = await office.RunAndWaitForDownloadAsync(() => office.ClickAsync("[data-testid=download-docx]"));
        Assert.EndsWith(".docx", download.SuggestedFilename);
        Assert.Contains("关于巡察整改进展情况的通报", download.SuggestedFilename);
        var file = await download.PathAsync();
        Assert.True(new FileInfo(file!).Length > 5_000);

        // The office rewrites the first problem's 整改情况, then issues the bulletin: it is listed as 第1期.
        await office.Locator("[data-testid=bulletin-preview] a.bulletin-edit").Nth(1).ClickAsync();
        await office.FillAsync("#paragraph-text", "整改情况:一是已修订政务服务事项办理流程,二是正在开展窗口人员轮训。");
        await office.ClickAsync("[data-testid=bulletin-paragraph] button[type=submit]");
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("段落已保存");
        await Assertions.Expect(preview).ToContainTextAsync("整改情况：一是已修订政务服务事项办理流程，二是正在开展窗口人员轮训。");
        await office.ClickAsync("[data-testid=bulletin-issue] button[type=submit]");
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("已印发第1期");
        await Assertions.Expect(office.Locator("[data-testid=bulletin-issued]")).ToContainTextAsync("第1期");
        await DemoSite.ShotAsync(office, "21-office-bulletin-issued");
        await office.SetViewportSizeAsync(390, 844);
        await DemoSite.ShotAsync(office, "22-office-bulletin-issued-phone");
    }

    [Fact]
    public async Task Unit_staff_has_no_bulletin_button_and_is_refused_the_page()
    {
        var staff = await site.SignInAsync("staff");
        await staff.GotoAsync(site.BaseUrl + "/");
        var round = staff.Locator("main a[href*='roundId=']").First;
        var href = await round.GetAttributeAsync("href");
        await round.ClickAsync();
        await Assertions.Expect(staff.Locator("[data-testid=bulletin]")).ToHaveCountAsync(0);

        var roundId = href!.Split("roundId=")[1].Split('&')[0];
        await staff.GotoAsync(site.BaseUrl + "/Documents/Bulletin/" + roundId);
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("您没有访问该页面的权限");
    }
}
