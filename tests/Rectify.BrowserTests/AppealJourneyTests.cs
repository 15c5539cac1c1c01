using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>
/// The appeal loop end to end: an enterprise submits on its phone with a file, the office accepts and assigns, the unit
/// replies, the office checks, the enterprise rates 不满意, the appeal is reopened and answered again, rated 满意 and closed.
/// </summary>
[Collection(SiteCollection.Name)]
public class AppealJourneyTests(DemoSite site)
{
    private const string Title = "电子营业执照下载后无法用于网上签约";

    [Fact]
    public async Task An_unsatisfied_enterprise_gets_its_appeal_reopened_answered_again_and_closed()
    {
        var phone = await PhoneAsync();
        await phone.GotoAsync(site.BaseUrl + "/appeal");
        await phone.FillAsync("#EnterpriseName", "遂宁市川渝智造科技有限公司");
        await phone.FillAsync("#CreditCode", "91510900MA62K8Q03K");
        await phone.FillAsync("#ContactName", "罗晓东");
        await phone.FillAsync("#ContactPhone", "13990810376");
        await phone.SelectOptionAsync("#Category", "ApprovalService");
        await phone.FillAsync("#Title", Title);
        await phone.FillAsync("#Text", "我公司在政务服务网下载电子营业执照后，用于银行网上签约时提示“证照无效”，窗口让我们到现场办理，希望能网上办结。");
        var scan = Path.Combine(Path.GetTempPath(), "签约失败截图说明.pdf");
        await File.WriteAllBytesAsync(scan, Pdf);
        await phone.SetInputFilesAsync("[data-testid=public-files]", scan);
        await DemoSite.ShotAsync(phone, "appeal-01-public-form-phone");
        await phone.ClickAsync("button:has-text('提交诉求')");
        var code = (await phone.Locator("[data-testid=tracking-code]").InnerTextAsync()).Trim();
        await DemoSite.ShotAsync(phone, "appeal-02-tracking-code-phone");
        await DemoSite.AssertNoSidewaysScrollAsync(phone);

        var office = await site.SignInAsync("office");
        await office.GotoAsync(site.BaseUrl + "/Appeals");
        await office.ClickAsync($"text={Title}");
        var details = office.Url;
        await Assertions.Expect(office.Locator("[data-testid=attachments]")).ToContainTextAsync("签约失败截图说明.pdf");
        await office.ClickAsync("[data-testid=accept]");
        await AssignAsync(office);
        await DemoSite.ShotAsync(office, "appeal-03-office-assigned");

        await ReplyAsync("已核实为证照签章版本未同步，已更新电子证照库，企业可重新下载使用。", "appeal-04-unit-reply");
        await CheckAsync(office, details);

        await RateAsync(phone, code, "Dissatisfied", "重新下载后仍提示无效，问题没有解决。", "appeal-05-rate-dissatisfied-phone");
        await office.GotoAsync(details);
        await Assertions.Expect(office.Locator("[data-testid=state]")).ToHaveTextAsync("重办");
        await DemoSite.ShotAsync(office, "appeal-06-office-reopened");
        await AssignAsync(office);
        await Assertions.Expect(office.Locator("[data-testid=reopened-flag]")).ToContainTextAsync("第2轮");

        await ReplyAsync("已联系银行和省电子证照平台联调，签约系统已更新验签证书；工作人员陪同企业完成网上签约，签约成功。", "appeal-07-unit-second-reply");
        await CheckAsync(office, details);
        await RateAsync(phone, code, "Satisfied", "问题已解决，谢谢。", "appeal-08-rate-satisfied-phone");
        await Assertions.Expect(phone.Locator("[data-testid=stage]")).ToHaveTextAsync("已办结");

        await office.GotoAsync(details);
        await Assertions.Expect(office.Locator("[data-testid=state]")).ToHaveTextAsync("已办结");
        await Assertions.Expect(office.Locator("[data-testid=rating]")).ToContainTextAsync("满意");
        await Assertions.Expect(office.Locator("[data-testid=handlings] tbody tr")).ToHaveCountAsync(2);
        await DemoSite.ShotAsync(office, "appeal-09-office-closed");
    }

    [Fact]
    public async Task The_office_filters_overdue_appeals_and_follows_a_raised_one_into_its_problem()
    {
        var office = await site.SignInAsync("office");
        await office.GotoAsync(site.BaseUrl + "/Appeals");
        await office.SelectOptionAsync("[data-testid=warning-filter]", "Overdue");
        await office.ClickAsync("main button:has-text('筛选')");
        await Assertions.Expect(office.Locator("[data-testid=appeals] tbody tr").First).ToContainTextAsync("超期");
        await DemoSite.ShotAsync(office, "appeal-10-office-overdue-list");

        await office.GotoAsync(site.BaseUrl + "/Appeals?q=" + Uri.EscapeDataString("军运会"));
        await office.ClickAsync("text=军运会场馆配套道路工程款拖欠两年未结清");
        await Assertions.Expect(office.Locator("[data-testid=raised-problem]")).ToContainTextAsync("发展和改革局");
        await DemoSite.ShotAsync(office, "appeal-11-office-raised-problem");
        await office.Locator("[data-testid=raised-problem] a").First.ClickAsync();
        await Assertions.Expect(office.Locator("[data-testid=problem-appeals]")).ToContainTextAsync("军运会场馆配套道路工程款拖欠两年未结清");
        await DemoSite.ShotAsync(office, "appeal-12-problem-with-appeals");
    }

    private async Task AssignAsync(IPage office)
    {
        // The unit is found by typing part of its name, not picked from a list of the office's units.
        await DemoSite.PickAsync(office, "assign-unit-text", "政务", "政务服务科");
        await office.ClickAsync("[data-testid=assign]");
        await Assertions.Expect(office.Locator("[data-testid=state]")).ToHaveTextAsync("已交办");
    }

    private async Task ReplyAsync(string text, string shot)
    {
        var staff = await site.SignInAsync("staff-zw");
        await staff.GotoAsync(site.BaseUrl + "/Appeals?state=Assigned");
        await staff.ClickAsync($"text={Title}");
        await staff.FillAsync("[data-testid=reply-text]", text);
        await DemoSite.ShotAsync(staff, shot);
        await staff.ClickAsync("[data-testid=reply]");
        await Assertions.Expect(staff.Locator("[data-testid=state]")).ToHaveTextAsync("已答复待审核");
        await staff.Context.CloseAsync();
    }

    private static async Task CheckAsync(IPage office, string details)
    {
        await office.GotoAsync(details);
        await office.ClickAsync("[data-testid=approve-reply]");
        await Assertions.Expect(office.Locator("[data-testid=state]")).ToHaveTextAsync("待评价");
    }

    private async Task RateAsync(IPage phone, string code, string rating, string comment, string shot)
    {
        await phone.GotoAsync(site.BaseUrl + "/appeal/track");
        await phone.FillAsync("[data-testid=code]", code);
        await phone.ClickAsync("button:has-text('查询')");
        await Assertions.Expect(phone.Locator("[data-testid=stage]")).ToHaveTextAsync("已答复，请评价");
        await phone.CheckAsync($"#rating-{rating}");
        await phone.FillAsync("[data-testid=rate-form] textarea", comment);
        await DemoSite.ShotAsync(phone, shot);
        await DemoSite.AssertNoSidewaysScrollAsync(phone);
        await phone.ClickAsync("[data-testid=rate-form] button[type=submit]");
    }

    private async Task<IPage> PhoneAsync()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\nxref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \ntrailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n186\n%%EOF\n"u8.ToArray();
}
