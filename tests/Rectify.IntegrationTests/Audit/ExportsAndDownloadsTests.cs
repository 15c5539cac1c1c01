using System.Net;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.IntegrationTests.Audit;

/// <summary>Each export and download lands in the audit: who, from where, which file.</summary>
public class ExportsAndDownloadsTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task A_ledger_export_and_an_evidence_download_are_security_events_of_the_user()
    {
        var built = await Ledger.CreateRoundAsync(world, "市委第八巡察组反馈意见整改");
        var staff = await world.As("staff");
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("完成第一次集中学习", 30, ("学习签到表.pdf", Ledger.Pdf))))
            .EnsureSuccessStatusCode();
        var measure = await Ledger.GetJson(staff, $"/api/v1/measures/{built.MeasureId}");
        var evidenceId = measure.GetProperty("evidence")[0].GetProperty("id").GetGuid();

        var export = await (await world.As("office")).GetAsync($"/api/v1/ledger/export.xlsx?roundId={built.RoundId}");
        var download = await staff.GetAsync($"/api/v1/evidence/{evidenceId}");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var events = (await AuditAdmin.EntriesAsync(world.Factory)).Where(e => e.EntityType == SecurityEventNames.EntityType).ToList();
        var exported = Assert.Single(events, e => e.Action == "导出");
        Assert.Equal("张整改", exported.UserName);
        Assert.EndsWith(".xlsx", exported.EntityId);
        Assert.Equal(AuditOutcome.Succeeded, exported.Outcome);
        var downloaded = Assert.Single(events, e => e.Action == "下载");
        Assert.Equal("李规划", downloaded.UserName);
        Assert.Equal("学习签到表.pdf", downloaded.EntityId);
        Assert.Contains($"/api/v1/evidence/{evidenceId}", downloaded.Changes);
    }
}
