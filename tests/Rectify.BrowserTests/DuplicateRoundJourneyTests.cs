using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>
/// The office uploads a report the demo already holds as a round: the preview says when and as what it was imported,
/// links that round, and creates nothing unless the office chooses 仍然新建轮次.
/// </summary>
[Collection(SiteCollection.Name)]
public class DuplicateRoundJourneyTests(DemoSite site)
{
    [Fact]
    public async Task Office_uploading_a_report_already_imported_is_shown_the_existing_round_and_opens_it()
    {
        var seed = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Rectify/Features/Demo/seeds"), "003_*.txt").Single();
        var office = await site.SignInAsync("office");
        await office.GotoAsync(site.BaseUrl + "/Documents/Upload");
        await office.SetInputFilesAsync("input[type=file]", seed);
        await office.ClickAsync("[data-testid=upload-form] button");

        var warning = office.Locator("[data-testid=duplicate-round]");
        await Assertions.Expect(warning).ToContainTextAsync("该报告已于");
        await Assertions.Expect(warning).ToContainTextAsync("导入为《中共遂宁市政务服务和大数据管理局党组关于巡察整改阶段进展情况的通报》。");
        await Assertions.Expect(warning.Locator("[data-testid=allow-duplicate]")).ToHaveTextAsync("仍然新建轮次");
        await DemoSite.ShotAsync(office, "74-office-report-already-imported");
        await office.SetViewportSizeAsync(390, 844);
        await DemoSite.ShotAsync(office, "75-office-report-already-imported-phone");
        await office.SetViewportSizeAsync(1440, 1000);

        await warning.Locator("[data-testid=existing-round]").ClickAsync();
        await office.WaitForURLAsync(u => u.Contains("/Rounds/Structure/"));
        await Assertions.Expect(office.Locator("main")).ToContainTextAsync("中共遂宁市政务服务和大数据管理局党组关于巡察整改阶段进展情况的通报");
    }
}
