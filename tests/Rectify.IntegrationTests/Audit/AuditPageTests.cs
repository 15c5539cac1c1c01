using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Platform.Security;

namespace Rectify.IntegrationTests.Audit;

/// <summary>The 安全审计员 searches, pages and exports the audit on /Audit and through /api/v1/audit.</summary>
public class AuditPageTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task The_audit_admin_sees_failed_sign_ins_with_address_and_the_chain_state_in_chinese()
    {
        await AuditAdmin.SignInAsync(world);
        await SecurityEventAsync(SecurityEventKind.SignInFailed, false, "staff", "密码错误");
        var page = await PageSession.SignInAsync(world, AuditAdmin.Account);

        var (status, html) = await page.GetAsync("/Audit?Kind=SecurityEvent&Outcome=失败");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("安全审计", html);
        Assert.Matches("审计记录完整，已校验至第[0-9,]+条。", html);
        Assert.Contains("登录失败", html);
        Assert.Contains("密码错误", html);
        Assert.Contains("2024年4月18日", html);
        Assert.DoesNotContain("数据变更</td>", html);
        Assert.Contains("审计记录保留不少于180天", html);
    }

    [Fact]
    public async Task The_api_filters_by_kind_action_and_outcome()
    {
        var auditor = await AuditAdmin.SignInAsync(world);
        await Ledger.CreateRoundAsync(world, "市委第六巡察组反馈意见整改");
        await SecurityEventAsync(SecurityEventKind.SignInFailed, false, "leader", "密码错误");

        var failed = await Ledger.GetJson(auditor, "/api/v1/audit?kind=SecurityEvent&outcome=失败");
        var changes = await Ledger.GetJson(auditor, "/api/v1/audit?kind=DataChange&action=新增&entity=整改措施&pageSize=1");

        Assert.All(failed.GetProperty("items").EnumerateArray(), row => Assert.Equal("失败", row.GetProperty("outcome").GetString()));
        Assert.Contains(failed.GetProperty("items").EnumerateArray(), row => row.GetProperty("userName").GetString() == "leader");
        Assert.Equal(1, changes.GetProperty("items").GetArrayLength());
        Assert.True(changes.GetProperty("total").GetInt32() >= 2);
        Assert.All(changes.GetProperty("items").EnumerateArray(), row => Assert.Equal("Measure", row.GetProperty("entityType").GetString()));
        Assert.True((await Ledger.GetJson(auditor, "/api/v1/audit/chain")).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task The_export_is_a_chinese_sheet_of_the_filtered_rows_and_is_itself_audited()
    {
        var auditor = await AuditAdmin.SignInAsync(world);
        await SecurityEventAsync(SecurityEventKind.SignInFailed, false, "office", "密码错误");

        var page = await PageSession.SignInAsync(world, AuditAdmin.Account);
        var export = await page.GetRawAsync("/Audit?handler=Export&Kind=SecurityEvent&Outcome=失败");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("审计记录", Uri.UnescapeDataString(export.Content.Headers.ContentDisposition!.FileNameStar!));
        using var sheet = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false);
        var rows = sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.InnerText).ToList();
        Assert.StartsWith("序号时间用户地址类别操作对象对象编号结果内容", rows[0]);
        Assert.All(rows.Skip(1), row => Assert.Contains("安全事件登录失败", row));
        Assert.Contains(rows, row => row.Contains("office") && row.Contains("密码错误") && row.Contains("2024年4月18日"));

        var exported = await Ledger.GetJson(auditor, "/api/v1/audit?action=导出");
        var entry = exported.GetProperty("items")[0];
        Assert.Equal("吴审计", entry.GetProperty("userName").GetString());
        Assert.Contains("导出审计记录", entry.GetProperty("changes").GetString());
    }

    private async Task SecurityEventAsync(SecurityEventKind kind, bool succeeded, string target, string detail)
    {
        await using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope(world.Factory.Services);
        await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ISecurityEventLog>(scope.ServiceProvider)
            .RecordAsync(kind, succeeded, target, detail);
    }
}
