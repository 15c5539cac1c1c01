using System.Net;
using System.Net.Http.Json;

namespace Rectify.IntegrationTests.Rounds;

/// <summary>不含已完成: the ledger without its closed measures, on the API, the summary, the page and the sheet, on both databases.</summary>
public class LedgerOpenFilterTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Open_filter_leaves_out_closed_measures_and_keeps_stage_results_and_the_rest()
    {
        var built = await Ledger.CreateRoundAsync(world, "不含已完成筛选测试轮次");
        await CloseAsync(built.MeasureId);
        var office = await world.As("office");

        var all = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={built.RoundId}");
        var open = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={built.RoundId}&open=true");
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal(1, open.GetProperty("total").GetInt32());
        Assert.Equal(built.CooperatingMeasureId, open.GetProperty("items")[0].GetProperty("measureId").GetGuid());

        // Over the whole scope too, where no round narrows the measures first.
        var scope = await Ledger.GetJson(office, "/api/v1/ledger?open=true&pageSize=100");
        var ids = scope.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("measureId").GetGuid()).ToList();
        Assert.Contains(built.CooperatingMeasureId, ids);
        Assert.DoesNotContain(built.MeasureId, ids);
        Assert.All(scope.GetProperty("items").EnumerateArray(), i => Assert.NotEqual("Closed", i.GetProperty("status").GetString()));

        var summary = await Ledger.GetJson(office, $"/api/v1/ledger/summary?roundId={built.RoundId}&open=true");
        Assert.Equal(1, summary.GetProperty("measures").GetInt32());
        Assert.Equal(0, summary.GetProperty("closedMeasures").GetInt32());

        var page = await PageSession.SignInAsync(world, "office");
        var (status, html) = await page.GetAsync($"/Rounds/Ledger?roundId={built.RoundId}&open=true");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("共 1 条措施", html);
        Assert.Contains("优化营商环境,对标先进打造亮点", html);
        Assert.DoesNotContain("加强理论学习,提升政治素养", html);
        // The page's links (sorting, paging, export) keep the filter.
        Assert.Contains("open=true", html);
    }

    [Fact]
    public async Task Open_filter_applies_to_the_exported_sheet()
    {
        var built = await Ledger.CreateRoundAsync(world, "不含已完成导出测试轮次");
        await CloseAsync(built.MeasureId);
        var office = await world.As("office");

        var all = await Documents.ExportedSheet.ReadAsync(await office.GetAsync($"/api/v1/ledger/export.xlsx?roundId={built.RoundId}"));
        var open = await Documents.ExportedSheet.ReadAsync(await office.GetAsync($"/api/v1/ledger/export.xlsx?roundId={built.RoundId}&open=true"));
        var allText = string.Join("\n", all.Rows.Select(r => string.Join("|", all.Texts((int)r.RowIndex!.Value))));
        var openText = string.Join("\n", open.Rows.Select(r => string.Join("|", open.Texts((int)r.RowIndex!.Value))));
        Assert.Contains("加强理论学习,提升政治素养", allText);
        Assert.DoesNotContain("加强理论学习,提升政治素养", openText);
        Assert.Contains("优化营商环境,对标先进打造亮点", openText);
    }

    private async Task CloseAsync(Guid measureId)
    {
        var staff = await world.As("staff");
        var office = await world.As("office");
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsync($"/api/v1/measures/{measureId}/progress",
            Ledger.Progress("已完成全部整改任务", 100, ("整改报告.pdf", Ledger.Pdf)))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/measures/{measureId}/close-out", new { note = "已完成，请审核" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/measures/{measureId}/review", new { decision = "Approve" })).StatusCode);
    }
}
