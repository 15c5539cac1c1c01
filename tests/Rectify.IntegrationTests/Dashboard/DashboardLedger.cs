using System.Net.Http.Json;
using Rectify.Platform.Organization;

namespace Rectify.IntegrationTests.Dashboard;

/// <summary>
/// A round of six measures on 2024-04-18 (the test clock), fed back 2023-11-10:
/// 规划科: A due 05-31 at 0% (滞后), B due 04-10 (超期, 滞后), E closed today;
/// 信用科: C due 04-22 (临期, 滞后), D long-term, F due 04-25 at 80% (推进中, on schedule).
/// </summary>
public static class DashboardLedger
{
    public sealed record Built(Guid RoundId, Guid A, Guid B, Guid C, Guid D, Guid E, Guid F);

    public static async Task<Built> CreateAsync(World world)
    {
        var built = await Ledger.CreateRoundAsync(world, "市委第六巡察组巡察反馈意见整改");
        var office = await world.As("office");
        var problem = built.ProblemId;
        async Task<Guid> Add(string text, string kind, Unit unit, string? timeLimit) => await Ledger.Id(await office.PostAsJsonAsync(
            $"/api/v1/problems/{problem}/measures", new { text, kind, responsibleUnitId = unit.Id, timeLimit }));
        var a = built.MeasureId;
        var d = built.CooperatingMeasureId;
        var b = await Add("清理历史遗留问题", "Dated", world.Planning, "2024-04-10");
        var c = await Add("修订信用评价办法", "Dated", world.Credit, "2024-04-22");
        var e = await Add("建立学习制度", "Dated", world.Planning, "2024-06-30");
        var f = await Add("公开办事指南", "Immediate", world.Credit, "2024-04-25");

        var staff = await world.As("staff");
        var staff2 = await world.As("staff2");
        (await staff.PostAsync($"/api/v1/measures/{e}/progress", Ledger.Progress("制度已印发", 100, ("制度.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/measures/{e}/close-out", new { note = "已完成" })).EnsureSuccessStatusCode();
        (await office.PostAsJsonAsync($"/api/v1/measures/{e}/review", new { decision = "Approve" })).EnsureSuccessStatusCode();
        (await staff2.PostAsync($"/api/v1/measures/{f}/progress", Ledger.Progress("指南已起草", 80))).EnsureSuccessStatusCode();
        return new Built(built.RoundId, a, b, c, d, e, f);
    }
}
