using System.Net;
using System.Net.Http.Json;

namespace Rectify.IntegrationTests.Appeals;

/// <summary>The appeal pages with every role signed in by the login form, and a clerk's intake through the page.</summary>
public class AppealPagesTests(World world) : IClassFixture<World>
{
    private const int Ok = 200, Forbidden = 403, NotFound = 404, Login = 302, Elsewhere = 302;

    private static (string Url, Dictionary<string, int> Expected)[] Pages(Guid appealId, Guid attachmentId) =>
    [
        ("/Appeals", new() { ["office"] = Ok, ["officeB"] = Ok, ["staff"] = Ok, ["staff2"] = Ok, ["staffB"] = Ok, ["leader"] = Ok, ["inspector"] = Forbidden, ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden }),
        ("/Appeals/New", new() { ["office"] = Ok, ["officeB"] = Ok, ["staff"] = Forbidden, ["staff2"] = Forbidden, ["staffB"] = Forbidden, ["leader"] = Forbidden, ["inspector"] = Forbidden, ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden }),
        ("/Appeals/Hotline/Import", new() { ["office"] = Ok, ["officeB"] = Ok, ["staff"] = Forbidden, ["staff2"] = Forbidden, ["staffB"] = Forbidden, ["leader"] = Forbidden, ["inspector"] = Forbidden, ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden }),
        ("/Appeals/Rates", new() { ["office"] = Ok, ["officeB"] = Ok, ["staff"] = Forbidden, ["staff2"] = Forbidden, ["staffB"] = Forbidden, ["leader"] = Ok, ["inspector"] = Forbidden, ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden }),
        ($"/Appeals/Details/{appealId}", new() { ["office"] = Ok, ["officeB"] = NotFound, ["staff"] = Ok, ["staff2"] = NotFound, ["staffB"] = NotFound, ["leader"] = Ok, ["inspector"] = Forbidden, ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden }),
        ($"/Appeals/Details/{appealId}?handler=Attachment&attachmentId={attachmentId}", new() { ["office"] = Ok, ["officeB"] = NotFound, ["staff"] = Ok, ["staff2"] = NotFound, ["staffB"] = NotFound, ["leader"] = Ok, ["inspector"] = Forbidden, ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden }),
        ($"/Appeals/Raise?appealIds={appealId}", new() { ["office"] = Ok, ["officeB"] = Elsewhere, ["staff"] = Forbidden, ["staff2"] = Forbidden, ["staffB"] = Forbidden, ["leader"] = Forbidden, ["inspector"] = Forbidden, ["admin"] = Forbidden, ["secadmin"] = Forbidden, ["auditor"] = Forbidden }),
    ];

    public static IEnumerable<(string Method, string Path)> Walked() => Pages(Guid.Empty, Guid.Empty).Select(p => ("GET", p.Url));

    [Fact]
    public async Task Every_role_gets_exactly_the_expected_page()
    {
        var id = await AppealSteps.InStateAsync(world, "Assigned");
        var attachmentId = await AppealSteps.AttachAsync(world, id);
        var failures = new List<string>();
        foreach (var account in World.Accounts.Append("anonymous"))
        {
            var page = account == "anonymous" ? PageSession.Anonymous(world) : await PageSession.SignInAsync(world, account);
            foreach (var (url, expected) in Pages(id, attachmentId))
            {
                var response = await page.GetRawAsync(url);
                var status = response.Headers.Location?.ToString() switch
                {
                    { } l when l.Contains("/Account/Denied") => Forbidden,
                    { } l when l.Contains("/Account/Login") => Login,
                    _ => (int)response.StatusCode,
                };
                var want = account == "anonymous" ? Login : expected[account];
                if (status != want) failures.Add($"{account} {url}: expected {want}, got {status}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_office_filters_by_a_unit_found_by_name_not_picked_from_its_units()
    {
        var page = await PageSession.SignInAsync(world, "office");
        var (_, list) = await page.GetAsync("/Appeals");
        Assert.Contains("data-unit-picker", list);
        Assert.DoesNotContain($"value=\"{world.Planning.Id}\"", list);

        var (_, filtered) = await page.GetAsync($"/Appeals?unitId={world.Planning.Id}");
        Assert.Contains($"name=\"unitId\" value=\"{world.Planning.Id}\"", filtered);
        Assert.Contains($"value=\"{world.Planning.ShortName}\"", filtered);

        // Another office's unit is not named on the page.
        var (_, foreign) = await page.GetAsync($"/Appeals?unitId={world.Service.Id}");
        Assert.DoesNotContain($"value=\"{world.Service.ShortName}\"", foreign);
    }

    [Fact]
    public async Task A_clerk_records_a_call_accepts_it_and_the_leader_reads_the_phone_masked()
    {
        var clerk = await PageSession.SignInAsync(world, "office");
        await clerk.GetAsync("/Appeals/New");
        var response = await clerk.PostAsync("/Appeals/New", new()
        {
            ["EnterpriseName"] = "示范市北辰物流有限公司",
            ["CreditCode"] = "",
            ["ContactName"] = "马立新",
            ["ContactPhone"] = "13705469876",
            ["Channel"] = "Visit",
            ["Category"] = "FactorSupply",
            ["Title"] = "冷链仓库用地指标落实不了",
            ["Text"] = "企业来访反映冷链仓库项目已签约两年，用地指标仍未落实。",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var url = response.Headers.Location!.ToString();
        var (_, page) = await clerk.GetAsync(url);
        Assert.Contains("13705469876", page);
        Assert.Contains("来访", page);
        await clerk.PostAsync(url + "?handler=Accept", new() { ["accept"] = "true" });
        var (_, accepted) = await clerk.GetAsync(url);
        Assert.Contains("已受理", accepted);
        Assert.Contains("登记诉求", accepted);

        var leader = await PageSession.SignInAsync(world, "leader");
        var (_, read) = await leader.GetAsync(url);
        Assert.Contains("137****9876", read);
        Assert.DoesNotContain("13705469876", read);
    }

    [Fact]
    public async Task A_mistyped_credit_code_on_the_intake_page_is_refused_in_chinese_keeping_what_was_typed()
    {
        var clerk = await PageSession.SignInAsync(world, "office");
        await clerk.GetAsync("/Appeals/New");
        var page = await clerk.PostForPageAsync("/Appeals/New", new()
        {
            ["EnterpriseName"] = "示范市北辰物流有限公司",
            ["CreditCode"] = "91370502MA3CBQ2X1Z",
            ["ContactName"] = "马立新",
            ["ContactPhone"] = "13705469876",
            ["Channel"] = "Call",
            ["Category"] = "Financing",
            ["Title"] = "应急转贷资金申请无人受理",
            ["Text"] = "企业来电称转贷资金申请提交一个月无人联系。",
        });
        Assert.Contains("统一社会信用代码不正确", page);
        Assert.Contains("应急转贷资金申请无人受理", page);
    }
}
