using System.Net;
using System.Text.RegularExpressions;

namespace Rectify.IntegrationTests;

/// <summary>What the framework itself says reaches users in Chinese, and the API reference works on an intranet.</summary>
public partial class ChineseThroughoutTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task An_impossible_date_on_a_page_is_refused_in_Chinese_quoting_what_was_typed()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var staff = await PageSession.SignInAsync(world, "staff");
        await staff.GetAsync($"/Rounds/Measure/{built.MeasureId}");

        var html = await staff.PostForPageAsync($"/Rounds/Measure/{built.MeasureId}?handler=Progress", new()
        {
            ["ProgressText"] = "已完成初稿起草", ["Percent"] = "30", ["ProgressOn"] = "2026-02-30",
        });

        Assert.Contains("“2026-02-30”不是有效的值，请重新填写", html);
        // What was typed stays in the form: the date is not silently replaced by today.
        Assert.Contains("name=\"ProgressOn\" value=\"2026-02-30\"", html);
        Assert.Contains("已完成初稿起草", html);
        Assert.DoesNotContain("is not valid", html);
        Assert.DoesNotContain("is invalid", html);
    }

    [Fact]
    public async Task The_api_reference_loads_nothing_from_outside_and_speaks_Chinese()
    {
        var client = world.Factory.CreateClient();
        var page = await client.GetStringAsync("/api/");

        Assert.Contains("整改督办平台接口说明", page);
        Assert.Contains("\"locale\":\"zh-CN\"", page);
        Assert.Contains("\"withDefaultFonts\":false", page);
        Assert.Contains("\"telemetry\":false", page);
        foreach (Match source in SourcePattern().Matches(page))
        {
            var url = source.Groups[1].Value;
            Assert.DoesNotContain("//", url);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/" + url)).StatusCode);
        }
        Assert.Contains("整改督办平台接口", await client.GetStringAsync("/openapi/v1.json"));
    }

    [GeneratedRegex("src=\"([^\"]+)\"")]
    private static partial Regex SourcePattern();
}
