using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>
/// The office urges a unit from 督办; the unit's liaison sees the unread count in the navbar, reads the urging in
/// 消息 and follows it; the admin sets up the unit's group robot on 消息发送 and sees the jobs.
/// </summary>
[Collection(SiteCollection.Name)]
public class MessagesJourneyTests(DemoSite site)
{
    [Fact]
    public async Task An_urging_reaches_the_liaisons_inbox_and_the_admin_configures_the_robot()
    {
        var office = await site.SignInAsync("office-fgw");
        await office.GotoAsync(site.BaseUrl + "/Supervision/Escalations");
        // 信用建设科 and its liaison: no other journey reports on its measures, so its warned ones are still warned whatever
        // ran before (the liaison journeys report on 法规科's).
        // The unit is searched by name, not picked from a list of the office's units.
        await office.FillAsync("main #escalation-unit-text", "信用建设");
        await office.Locator("main #escalation-unit-text-choices [role=option]").Filter(new() { HasText = "信用建设科" }).First.ClickAsync();
        await DemoSite.ShotAsync(office, "79-escalation-unit-picked");
        await office.ClickAsync("main button:has-text('选定')");
        await Assertions.Expect(office.Locator("main #escalation-unit-text")).ToHaveValueAsync("信用建设科");
        var form = office.Locator("main form[data-testid=new-escalation]");
        await form.Locator("select[name=NewKind]").SelectOptionAsync("Urging");
        var items = form.Locator("input[name=MeasureIds]");
        await Assertions.Expect(items.First).ToBeVisibleAsync();
        await items.First.CheckAsync();
        await form.Locator("textarea[name=Reason]").FillAsync("请于3个工作日内报送整改进展,逾期将予以通报");
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(office.Locator("main")).ToContainTextAsync("请于3个工作日内报送整改进展");

        var staff = await site.SignInAsync("staff-credit");
        await Assertions.Expect(staff.Locator("[data-testid=unread-count]")).ToBeVisibleAsync();
        await staff.ClickAsync("[data-testid=inbox-link]");
        await Assertions.Expect(staff.Locator("main h1")).ToHaveTextAsync("消息");
        var urging = staff.Locator("[data-testid=message]", new() { HasText = "请于3个工作日内报送整改进展，逾期将予以通报" });
        await Assertions.Expect(urging).ToContainTextAsync("【催办】信用建设科");
        await DemoSite.ShotAsync(staff, "80-liaison-inbox");
        await urging.Locator("button", new() { HasText = "查看详情" }).ClickAsync();
        await Assertions.Expect(staff.Locator("main h1")).ToContainTextAsync("督办");

        var admin = await site.SignInAsync("admin");
        await admin.GotoAsync(site.BaseUrl + "/");
        await admin.ClickAsync("nav >> text=消息发送");
        var jobs = admin.Locator("[data-testid=jobs] tbody tr");
        await Assertions.Expect(jobs).ToHaveCountAsync(7);
        await Assertions.Expect(jobs.Filter(new() { HasText = "每日督办" })).ToHaveCountAsync(1);
        await Assertions.Expect(jobs.Filter(new() { HasText = "企业诉求：临期、超期提醒" })).ToHaveCountAsync(1);
        await admin.ClickAsync("[data-testid=new-webhook] summary");
        var hook = admin.Locator("[data-testid=new-webhook] form");
        await hook.Locator("input[name='Hook.Name']").FillAsync("法规科工作群");
        await hook.Locator("select[name='Hook.Kind']").SelectOptionAsync("WeCom");
        await DemoSite.PickAsync(hook, "hook-new-unit", "法规", "法规科");
        await hook.Locator("input[name='Hook.Url']").FillAsync("not a url");
        await hook.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(admin.Locator("main .alert-danger")).ToContainTextAsync("接收地址必须是 http 或 https 网址");
        await admin.Locator("[data-testid=new-webhook] input[name='Hook.Url']").FillAsync("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=demo-key");
        await admin.Locator("[data-testid=new-webhook] button[type=submit]").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=webhooks]")).ToContainTextAsync("法规科工作群");
        await Assertions.Expect(admin.Locator("[data-testid=webhooks]")).Not.ToContainTextAsync("demo-key");
        await DemoSite.ShotAsync(admin, "81-admin-messages");
    }
}
