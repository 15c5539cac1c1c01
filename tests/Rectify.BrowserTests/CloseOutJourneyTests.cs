using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>The core journey: a unit reports progress with a file and asks for close-out; the office approves; the figures change.</summary>
[Collection(SiteCollection.Name)]
public class CloseOutJourneyTests(DemoSite site)
{
    [Fact]
    public async Task Unit_reports_and_requests_close_out_then_the_office_approves_and_the_summary_changes()
    {
        var office = await site.SignInAsync("office");
        await office.GotoAsync(site.BaseUrl + "/");
        await DemoSite.ShotAsync(office, "01-office-rounds");
        await office.ClickAsync("text=中共东营市发展和改革委员会党组关于市委第五巡察组反馈意见集中整改进展情况的通报");
        // The report states 14 problems and 34 measures; the text holds 10 and 22: the text wins, the warning shows.
        await Assertions.Expect(office.Locator("[data-testid=import-notes]")).ToContainTextAsync("导入时有");
        await Assertions.Expect(office.Locator("[data-testid=summary]")).ToContainTextAsync("细化为10个具体问题、22条整改措施");
        var before = await ClosedCount(office);
        await DemoSite.ShotAsync(office, "02-office-ledger-before");
        var ledgerUrl = office.Url;

        var staff = await site.SignInAsync("staff");
        await staff.GotoAsync(site.BaseUrl + "/Rounds/Ledger?status=InProgress");
        // Measures its unit is responsible for (it also sees those it cooperates on, where only progress is reported).
        // The unit picker searches the staff's units by name as he types.
        await staff.FillAsync("[data-testid=unit-picker]", "法规");
        await Assertions.Expect(staff.Locator("#unit-choices [role=option]").First).ToBeVisibleAsync();
        await DemoSite.ShotAsync(staff, "03a-staff-unit-picker");
        await staff.Locator("#unit-choices [role=option]").Filter(new() { HasText = "法规科" }).First.ClickAsync();
        await Assertions.Expect(staff.Locator("[data-testid=unit-picker]")).ToHaveValueAsync("法规科");
        await staff.ClickAsync("main button:has-text('筛选')");
        await DemoSite.ShotAsync(staff, "03-staff-ledger");
        await staff.Locator("[data-testid=ledger-row] td.measure-text a").First.ClickAsync();
        await staff.FillAsync("textarea[name=ProgressText]", "已修订制度并印发执行,组织全员学习。");
        await staff.FillAsync("input[name=Percent]", "100");
        var evidence = Path.Combine(Path.GetTempPath(), "制度印发文件.pdf");
        // A real one-page PDF: evidence must parse as a PDF.
        await File.WriteAllBytesAsync(evidence, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\nxref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \ntrailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n186\n%%EOF\n"u8.ToArray());
        await staff.SetInputFilesAsync("input[name=Files]", evidence);
        await DemoSite.ShotAsync(staff, "04-staff-progress-form");
        await staff.ClickAsync("[data-testid=progress-form] button[type=submit]");
        await Assertions.Expect(staff.Locator(".alert-success")).ToContainTextAsync("进展已填报");
        await Assertions.Expect(staff.Locator("[data-testid=progress-list]")).ToContainTextAsync("制度印发文件.pdf");
        var measureText = await staff.Locator("[data-testid=measure-text]").InnerTextAsync();
        await staff.FillAsync("[data-testid=closeout-form] textarea[name=Note]", "制度已修订印发，全员学习已完成，佐证材料已上传。");
        await staff.ClickAsync("[data-testid=closeout-form] button[type=submit]");
        await Assertions.Expect(staff.Locator("[data-testid=measure-status]")).ToHaveTextAsync("待审核");
        await DemoSite.ShotAsync(staff, "05-staff-requested");

        await office.GotoAsync(site.BaseUrl + "/Rounds/Review");
        await DemoSite.ShotAsync(office, "06-office-review-queue");
        var item = office.Locator("[data-testid=review-item]").Filter(new() { HasText = measureText.Trim()[..Math.Min(20, measureText.Trim().Length)] });
        await Assertions.Expect(item.Locator("[data-testid=review-evidence]")).ToContainTextAsync("制度印发文件.pdf");
        await item.Locator("button[value=Approve]").ClickAsync();
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("已销号");

        await office.GotoAsync(ledgerUrl);
        Assert.Equal(before + 1, await ClosedCount(office));
        await DemoSite.ShotAsync(office, "07-office-ledger-after");
    }

    [Fact]
    public async Task Unit_staff_sees_only_its_own_units_measures()
    {
        var staff = await site.SignInAsync("staff");
        await staff.GotoAsync(site.BaseUrl + "/Rounds/Ledger");
        var units = await staff.Locator("[data-testid=ledger-row] td:nth-child(5)").AllInnerTextsAsync();
        Assert.NotEmpty(units);
        Assert.All(units, u => Assert.Contains("法规科", u));
    }

    private static async Task<int> ClosedCount(IPage page)
    {
        var text = await page.Locator("[data-testid=summary]").InnerTextAsync();
        return int.Parse(Regex.Match(text, @"个问题、(\d+)条措施").Groups[1].Value);
    }
}
