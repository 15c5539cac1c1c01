using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Rounds;
using Rectify.IntegrationTests.Documents;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Platform;

/// <summary>
/// Bounded input over HTTP on a real database: bodies refused by size before they are read, evidence refused by what
/// it really holds with nothing stored, names cleaned, a tampered file refused on download and audited, and a hostile
/// sheet ending its import job failed with the reason.
/// </summary>
public class BoundedInputTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task A_sign_in_body_larger_than_the_form_limit_is_refused_in_chinese_before_it_is_read()
    {
        using var anonymous = world.Factory.CreateClient();
        var huge = JsonSerializer.Serialize(new { userName = "office", password = new string('x', 1024 * 1024) });

        var response = await anonymous.PostAsync("/api/v1/auth/token", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("提交的内容过大（上限为 128 KB），未予处理；如需上传文件，请在上传文件的页面提交", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_page_form_larger_than_the_limit_shows_the_chinese_error_page()
    {
        using var anonymous = world.Factory.CreateClient();
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "office", ["Password"] = new string('密', 100_000) });

        var response = await anonymous.PostAsync("/Account/Login", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("提交的内容过大", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("整改报告.pdf", "html-pdf", "该文件不是有效的 PDF 文件")]
    [InlineData("整改报告.pdf", "script-pdf", "该 PDF 含有脚本、自动操作、启动程序或嵌入文件（JavaScript 脚本）")]
    [InlineData("现场照片.jpg", "html-jpeg", "该图片已损坏或不是有效的 JPEG 图片")]
    [InlineData("现场照片.png", "png-then-html", "该图片结尾后还附有其他内容")]
    [InlineData("台账.xlsx", "macro-xlsx", "该文件含有宏")]
    public async Task Evidence_that_is_not_what_it_claims_or_carries_active_content_is_refused_and_nothing_is_stored(string name, string kind, string message)
    {
        var built = await Ledger.CreateRoundAsync(world, "佐证内容检查轮次");
        var staff = await world.As("staff");

        var response = await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress",
            Ledger.Progress("已完成整改", 60, ("学习记录.pdf", Ledger.Pdf), (name, await HostileAsync(kind))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(name, body);
        Assert.Contains(message, body);
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        Assert.False(await db.Set<Evidence>().AnyAsync(e => e.MeasureId == built.MeasureId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_display_name_with_bidi_and_control_characters_is_stored_and_sent_cleaned()
    {
        var built = await Ledger.CreateRoundAsync(world, "文件名清理轮次");
        var staff = await world.As("staff");

        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/evidence",
            Ledger.Progress("", 0, ("会议纪要\u202Etxt.exe\u0007.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();

        var details = await Ledger.GetJson(staff, $"/api/v1/measures/{built.MeasureId}");
        var evidence = details.GetProperty("evidence")[0];
        Assert.Equal("会议纪要txt.exe.pdf", evidence.GetProperty("fileName").GetString());
        var download = await staff.GetAsync($"/api/v1/evidence/{evidence.GetProperty("id").GetGuid()}");
        Assert.Equal("会议纪要txt.exe.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_file_changed_on_the_server_is_refused_on_download_and_written_to_the_audit()
    {
        var built = await Ledger.CreateRoundAsync(world, "篡改检测轮次");
        var staff = await world.As("staff");
        var pdf = Ledger.PdfWith("/Lang (zh-CN) ");
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/evidence", Ledger.Progress("", 0, ("验收报告.pdf", pdf)))).EnsureSuccessStatusCode();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        await File.WriteAllBytesAsync(Path.Combine(world.Factory.DataDir, "evidence", hash[..2], hash), Ledger.PdfWith("/Lang (en-US) "), TestContext.Current.CancellationToken);
        var details = await Ledger.GetJson(staff, $"/api/v1/measures/{built.MeasureId}");
        var id = details.GetProperty("evidence")[0].GetProperty("id").GetGuid();

        var download = await (await world.As("office")).GetAsync($"/api/v1/evidence/{id}");

        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        Assert.Contains("该文件在服务器上的内容与上传时不一致，可能已被篡改", await download.Content.ReadAsStringAsync());
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        var events = await db.AuditEntries.Where(a => a.EntityType == "SecurityEvent" && a.EntityId == "验收报告.pdf").ToListAsync(TestContext.Current.CancellationToken);
        var logged = Assert.Single(events);
        Assert.Equal(("下载", AuditOutcome.Failed), (logged.Action, logged.Outcome));
        Assert.Contains("疑似被篡改", logged.Changes);
    }

    [Fact]
    public async Task A_sheet_with_a_problem_merged_down_to_the_last_row_of_excel_imports_at_once()
    {
        var office = await world.As("office");
        var sheet = TestSheet.Build([
            ["具体问题", "方面/类别", "整改措施", "措施类型", "完成时限", "责任单位", "配合单位", "牵头领导", "责任领导", "责任人"],
            ["公务用车管理不规范", "作风方面", "一是修订用车制度", "立行立改", "", "规划科", "", "", "", ""],
            ["", "作风方面", "二是开展专项检查", "立行立改", "", "规划科", "", "", "", ""],
        ], "A2:A1048576");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await office.PostAsync("/api/v1/rounds/import.xlsx", TestSheet.Form(sheet, world.Commission.Id, "合并单元格测试轮次"));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{clock.Elapsed}");
        var round = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roundId").GetGuid();
        var summary = await Ledger.GetJson(office, $"/api/v1/ledger/summary?roundId={round}");
        Assert.Equal((2, 1), (summary.GetProperty("measures").GetInt32(), summary.GetProperty("problems").GetInt32()));
    }

    [Fact]
    public async Task A_sheet_with_an_over_long_text_ends_its_import_job_failed_with_the_limit_and_creates_no_round()
    {
        var office = await world.As("office");
        var longText = new string(Enumerable.Range(0, 40_000).Select(i => (char)('一' + i * 7919 % 20000)).ToArray());
        var sheet = TestSheet.Build([
            ["具体问题", "方面/类别", "整改措施", "措施类型", "完成时限", "责任单位", "配合单位", "牵头领导", "责任领导", "责任人"],
            ["问题一", "作风方面", longText, "立行立改", "", "规划科", "", "", "", ""],
        ]);

        var response = await office.PostAsync("/api/v1/rounds/import.xlsx?async=true", TestSheet.Form(sheet, world.Commission.Id, "超长文字轮次"));

        var status = await SheetImportJobTests.PollAsync(office, response.Headers.Location!.ToString());
        Assert.Equal("Failed", status.GetProperty("state").GetString());
        Assert.Equal("表格中有一段文字过长（超过 32767 字），请精简后重新上传", status.GetProperty("message").GetString());
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        Assert.False(await db.Set<Round>().AnyAsync(r => r.Title == "超长文字轮次", TestContext.Current.CancellationToken));
    }

    private static async Task<byte[]> HostileAsync(string kind)
    {
        var html = "<html><body><script>fetch('/api/v1/ledger')</script></body></html>"u8.ToArray();
        var jpeg = Convert.FromBase64String(
            "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAADAAQDAREAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAACP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAVAQEBAAAAAAAAAAAAAAAAAAAHCf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/ADoDFU3/2Q==");
        return kind switch
        {
            "html-pdf" => [.. "%PDF-1.7\n"u8.ToArray(), .. html],
            "script-pdf" => Ledger.PdfWith("/OpenAction 4 0 R ", "<< /S /JavaScript /JS (this.exportDataObject({cName: 'a'})) >>"),
            "html-jpeg" => [.. jpeg[..20], .. html],
            "png-then-html" => [.. Ledger.Png, .. html],
            _ => await MacroWorkbookAsync(),
        };
    }

    private static Task<byte[]> MacroWorkbookAsync()
    {
        var sheet = TestSheet.Build([["具体问题", "整改措施"], ["问题", "措施"]]);
        using var stream = new MemoryStream();
        stream.Write(sheet);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/vbaProject.bin").Open();
            entry.Write([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        }
        return Task.FromResult(stream.ToArray());
    }
}
