using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>The office turns a feedback into a round: details, aspects, problems and measures with their lists.</summary>
[Collection(SiteCollection.Name)]
public class RoundBuildingTests(DemoSite site)
{
    [Fact]
    public async Task Office_creates_a_round_and_builds_its_problem_and_measure_lists()
    {
        var office = await site.SignInAsync("office");
        await office.GotoAsync(site.BaseUrl + "/Rounds/Create");
        await office.FillAsync("input[name='Form.Title']", "关于市委第一巡察组反馈意见整改落实情况的通报");
        await office.FillAsync("input[name='Form.InspectingBody']", "市委第一巡察组");
        await DemoSite.PickAsync(office, "inspected-unit-text", "发展改革", "市发展改革委");
        await office.FillAsync("input[name='Form.FeedbackDate']", "2024-03-01");
        await DemoSite.ShotAsync(office, "11-office-create-round");
        await office.ClickAsync("main button[type=submit]");
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("轮次已创建");

        await office.FillAsync("[data-testid=add-section] input[name=title]", "关于落实全面从严治党主体责任方面");
        await office.ClickAsync("[data-testid=add-section] button");
        await Assertions.Expect(office.Locator("[data-testid=section]")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\(一\)\s*关于落实全面从严治党主体责任方面"));

        await office.ClickAsync("[data-testid=section] summary");
        await office.FillAsync("[data-testid=add-problem] input[name=title]", "“三重一大”决策制度执行不严格问题");
        await office.ClickAsync("[data-testid=add-problem] button");
        await Assertions.Expect(office.Locator("[data-testid=problem]")).ToContainTextAsync("“三重一大”决策制度执行不严格问题");

        await office.ClickAsync("[data-testid=add-measure]");
        await office.FillAsync("textarea[name=Text]", "修订完善“三重一大”决策制度实施细则,严格执行集体决策程序。");
        await office.FillAsync("input[name=LeadLeader]", "王建国");
        await DemoSite.PickAsync(office, "responsible-unit-text", "办公室", "委办公室");
        // Cooperating units are several: each picked one becomes a tag, and one picked by mistake is removed by its ×.
        await DemoSite.PickAsync(office, "cooperating-unit-text", "法规", "法规科");
        await DemoSite.PickAsync(office, "cooperating-unit-text", "政务", "政务服务科");
        await DemoSite.PickAsync(office, "cooperating-unit-text", "信用", "信用建设科");
        var tags = office.Locator("[data-testid=unit-tags] .unit-tag");
        await Assertions.Expect(tags).ToHaveCountAsync(3);
        await tags.Filter(new() { HasText = "政务服务科" }).Locator(".btn-close").ClickAsync();
        await Assertions.Expect(tags).ToHaveTextAsync(["法规科", "信用建设科"]);
        await office.CheckAsync("#lm2");
        await office.FillAsync("input[name=StartDate]", "2024-02-02");
        await office.FillAsync("input[name=WorkingDays]", "7");
        await DemoSite.ShotAsync(office, "12-office-measure-form");
        await office.ClickAsync("[data-testid=measure-form] button[type=submit]");
        await Assertions.Expect(office.Locator(".alert-success")).ToContainTextAsync("措施已保存");
        // Seven working days from 2024-02-02 run over the Spring Festival and its make-up Sunday.
        await Assertions.Expect(office.Locator("body")).ToContainTextAsync("2024年2月18日");
        await Assertions.Expect(office.Locator("body")).ToContainTextAsync("一是");
        var cooperating = office.Locator("main tr").Filter(new() { HasText = "配合单位" });
        await Assertions.Expect(cooperating).ToContainTextAsync("法规科");
        await Assertions.Expect(cooperating).ToContainTextAsync("信用建设科");
        await Assertions.Expect(cooperating).Not.ToContainTextAsync("政务服务科");
        await DemoSite.ShotAsync(office, "13-office-new-measure");

        await office.ClickAsync("nav.small a");
        await office.ClickAsync("text=问题和措施清单");
        await Assertions.Expect(office.Locator("[data-testid=measure]")).ToContainTextAsync("修订完善“三重一大”决策制度");
        await DemoSite.ShotAsync(office, "14-office-outline");
    }

    [Fact]
    public async Task Leader_reads_the_ledger_but_sees_no_buttons_to_change_it()
    {
        var leader = await site.SignInAsync("leader");
        await leader.GotoAsync(site.BaseUrl + "/Rounds/Ledger");
        await leader.Locator("[data-testid=ledger-row] td.measure-text a").First.ClickAsync();
        Assert.Equal(0, await leader.Locator("form[data-testid]").CountAsync());
        var response = await leader.GotoAsync(site.BaseUrl + "/Rounds/Review");
        Assert.Equal(403, response!.Status);
        await DemoSite.ShotAsync(leader, "15-leader-denied");
    }
}
