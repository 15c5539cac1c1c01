using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Rectify.IntegrationTests.Appeals;

/// <summary>An enterprise without an account: submit on /appeal, follow and rate on /appeal/track.</summary>
public partial class PublicAppealTests(PublicAppealTests.PublicWorld world) : IClassFixture<PublicAppealTests.PublicWorld>
{
    /// <summary>The office of 市发展改革委 receives the public form's appeals.</summary>
    public sealed class PublicWorld() : World(new Dictionary<string, string?> { ["Rectify:Appeals:PublicUnit"] = "市发展改革委" });

    public static Dictionary<string, string> Form(string title, string text = "我公司2024年3月申请的排水许可已超过承诺时限，窗口称系统故障，至今未办结。") => new()
    {
        ["EnterpriseName"] = "示范市清源食品有限公司",
        ["CreditCode"] = "92370502MA3N8K1P2H",
        ["ContactName"] = "吴建华",
        ["ContactPhone"] = "15866201234",
        ["Category"] = "ApprovalService",
        ["Title"] = title,
        ["Text"] = text,
    };

    public static string CodeIn(string html) => CodePattern().Match(html).Groups[1].Value;

    [Fact]
    public async Task An_enterprise_follows_its_appeal_by_code_sees_the_checked_reply_and_its_unsatisfied_rating_reopens_it()
    {
        var visitor = PageSession.Anonymous(world);
        await visitor.GetAsync("/appeal");
        var submitted = await visitor.PostForPageAsync("/appeal", Form("排水许可超期未办<script>alert(1)</script>"));
        var code = CodeIn(submitted);
        Assert.Matches("^([2-9A-HJKMNP-Z]{4}-){4}[2-9A-HJKMNP-Z]{4}$", code);

        var office = await world.As("office");
        var list = await Ledger.GetJson(office, "/api/v1/appeals?channel=PublicForm");
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        await AppealSteps.Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/accept", new { accept = true }));
        await AppealSteps.Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/assign", new { unitId = world.Planning.Id, tier = "General" }));
        var staff = await world.As("staff");
        await AppealSteps.Ok(staff.PostAsJsonAsync($"/api/v1/appeals/{id}/reply", new { text = "已约谈窗口负责人，排水许可已于4月18日办结并送达。" }));

        await visitor.GetAsync("/appeal/track");
        var raw = await (await visitor.PostAsync("/appeal/track", new() { ["Code"] = code.ToLowerInvariant().Replace("-", " ") })).Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;", raw);
        Assert.DoesNotContain("<script>alert", raw);
        Assert.Contains("办理中", WebUtility.HtmlDecode(raw));
        Assert.DoesNotContain("排水许可已于4月18日办结", WebUtility.HtmlDecode(raw)); // not checked yet: nothing goes out

        await AppealSteps.Ok(office.PostAsJsonAsync($"/api/v1/appeals/{id}/reply-check", new { approve = true }));
        var tracked = await visitor.PostForPageAsync("/appeal/track", new() { ["Code"] = code });
        Assert.Contains("排水许可已于4月18日办结", tracked);
        Assert.Contains("已答复，请评价", tracked);
        Assert.DoesNotContain("规划科", tracked);

        await visitor.PostForPageAsync("/appeal/track?handler=Rate", new() { ["Code"] = code, ["Rating"] = "Dissatisfied", ["Comment"] = "许可证送达了，但多收了加急费" });
        var details = await AppealSteps.Details(office, id);
        Assert.Equal("重办", details.GetProperty("stateLabel").GetString());
        Assert.Equal("许可证送达了，但多收了加急费", details.GetProperty("ratingComment").GetString());
    }

    [Fact]
    public async Task A_wrong_or_made_up_code_finds_nothing()
    {
        var visitor = PageSession.Anonymous(world);
        await visitor.GetAsync("/appeal/track");
        var page = await visitor.PostForPageAsync("/appeal/track", new() { ["Code"] = "ABCD-EFGH-JKMN-PQRS-TUVW" });
        Assert.Contains("未找到该查询码对应的诉求", page);
    }

    [GeneratedRegex("data-testid=\"tracking-code\">([^<]+)<")]
    private static partial Regex CodePattern();
}
