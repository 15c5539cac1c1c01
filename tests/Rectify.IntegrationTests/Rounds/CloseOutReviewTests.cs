using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Rounds;

/// <summary>
/// Close-out as part of the measure: the request carries its 完成情况说明 and evidence, the reviewer opens the evidence in the
/// browser, approves several at once with each outcome shown; text longer than its column is refused in Chinese on both databases.
/// </summary>
public class CloseOutReviewTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task A_request_needs_a_completion_note_and_evidence_unless_the_round_waives_it()
    {
        var built = await Ledger.CreateRoundAsync(world, "销号说明测试轮次");
        var staff = await world.As("staff");
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("制度已修订印发", 100))).EnsureSuccessStatusCode();

        var noNote = await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("申请销号时请填写完成情况说明", await noNote.Content.ReadAsStringAsync());
        var noEvidence = await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "制度已修订印发并组织学习" });
        Assert.Equal(HttpStatusCode.Conflict, noEvidence.StatusCode);
        Assert.Contains("申请销号前请先上传佐证材料", await noEvidence.Content.ReadAsStringAsync());

        var office = await world.As("office");
        (await office.PutAsJsonAsync($"/api/v1/rounds/{built.RoundId}/warning-settings", new
        {
            version = 0,
            dueSoonDays = 5,
            laggingMargin = 20,
            progressPeriodMonths = 3,
            lookBackMonths = 6,
            closeOutEvidenceOptional = true,
        })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "制度已修订印发并组织学习" })).EnsureSuccessStatusCode();
        var details = await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}");
        Assert.Equal("制度已修订印发并组织学习", details.GetProperty("closeOuts")[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task Reviewers_open_pdf_and_image_evidence_in_the_browser_and_download_the_rest()
    {
        var built = await Ledger.CreateRoundAsync(world, "佐证预览测试轮次");
        var staff = await world.As("staff");
        var png = Ledger.Png;
        var docx = await Documents.SheetIntoRoundTests.ExportAsync(await world.As("office"), built.RoundId);
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress",
            Ledger.Progress("已完成", 100, ("整改报告.pdf", Ledger.Pdf), ("现场照片.png", png), ("台账.xlsx", docx)))).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "已全部完成" })).EnsureSuccessStatusCode();

        var office = await world.As("office");
        var queue = await Ledger.GetJson(office, $"/api/v1/review-queue?roundId={built.RoundId}");
        var evidence = queue.GetProperty("items")[0].GetProperty("evidence").EnumerateArray()
            .ToDictionary(e => e.GetProperty("fileName").GetString()!, e => e.GetProperty("id").GetGuid());
        Assert.Equal(["台账.xlsx", "整改报告.pdf", "现场照片.png"], evidence.Keys.Order());

        var page = await PageSession.SignInAsync(world, "office");
        var (_, html) = await page.GetAsync($"/Rounds/Review?roundId={built.RoundId}");
        Assert.Contains("整改报告.pdf", html);
        Assert.Contains("完成情况说明：</span>已全部完成", html);

        var pdf = await office.GetAsync($"/api/v1/evidence/{evidence["整改报告.pdf"]}");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", pdf.Headers.GetValues("X-Content-Type-Options").Single());
        var image = await office.GetAsync($"/api/v1/evidence/{evidence["现场照片.png"]}");
        Assert.Equal(("image/png", "inline"), (image.Content.Headers.ContentType?.MediaType, image.Content.Headers.ContentDisposition?.DispositionType));
        var sheet = await office.GetAsync($"/api/v1/evidence/{evidence["台账.xlsx"]}");
        Assert.Equal(("application/octet-stream", "attachment"), (sheet.Content.Headers.ContentType?.MediaType, sheet.Content.Headers.ContentDisposition?.DispositionType));
        Assert.Equal("台账.xlsx", sheet.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task The_office_approves_several_at_once_and_sees_each_outcome()
    {
        var first = await Ledger.CreateRoundAsync(world, "批量销号测试轮次");
        var second = await Ledger.CreateRoundAsync(world, "批量销号测试轮次二");
        var staff = await world.As("staff");
        foreach (var id in new[] { first.MeasureId, second.MeasureId })
        {
            (await staff.PostAsync($"/api/v1/measures/{id}/progress", Ledger.Progress("已完成", 100, ("a.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();
            (await staff.PostAsJsonAsync($"/api/v1/measures/{id}/close-out", new { note = "已全部完成" })).EnsureSuccessStatusCode();
        }
        var office = await world.As("office");
        // Another office sees neither: both refused for it, nothing changed.
        var foreign = await (await (await world.As("officeB")).PostAsJsonAsync("/api/v1/close-outs/approve",
            new { measureIds = new[] { first.MeasureId } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(foreign[0].GetProperty("approved").GetBoolean());

        // The second was returned meanwhile: the batch closes the first and says why the second was not.
        (await office.PostAsJsonAsync($"/api/v1/measures/{second.MeasureId}/review", new { decision = "Return", reason = "缺少印发文件" })).EnsureSuccessStatusCode();
        var outcomes = await (await office.PostAsJsonAsync("/api/v1/close-outs/approve",
            new { measureIds = new[] { first.MeasureId, second.MeasureId } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([(first.MeasureId, true, "已销号"), (second.MeasureId, false, "该措施没有待审核的销号申请")],
            outcomes.EnumerateArray().Select(o => (o.GetProperty("measureId").GetGuid(), o.GetProperty("approved").GetBoolean(), o.GetProperty("message").GetString())));
        Assert.Equal("已完成", (await Ledger.GetJson(office, $"/api/v1/measures/{first.MeasureId}")).GetProperty("row").GetProperty("statusLabel").GetString());

        // The page approves and shows the queue in the same request: its count is the count after the approval.
        var third = await Ledger.CreateRoundAsync(world, "批量销号测试轮次三");
        (await staff.PostAsync($"/api/v1/measures/{third.MeasureId}/progress", Ledger.Progress("已完成", 100, ("a.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/measures/{third.MeasureId}/close-out", new { note = "已全部完成" })).EnsureSuccessStatusCode();
        var page = await PageSession.SignInAsync(world, "office");
        var (_, before) = await page.GetAsync("/Rounds/Review");
        var waiting = int.Parse(System.Text.RegularExpressions.Regex.Match(before, @"(\d+) 条待审核").Groups[1].Value);
        var after = await page.PostForPageAsync("/Rounds/Review?handler=Batch", new() { ["measureIds"] = third.MeasureId.ToString() });
        Assert.Contains("批量销号结果：1 条已销号", after);
        Assert.Contains($"{waiting - 1} 条待审核", after);

        var empty = await office.PostAsJsonAsync("/api/v1/close-outs/approve", new { measureIds = Array.Empty<Guid>() });
        Assert.Contains("请至少选择一条待审核的销号申请", await empty.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Text_longer_than_its_column_is_refused_in_chinese_through_every_entry_point()
    {
        var built = await Ledger.CreateRoundAsync(world, "超长文字测试轮次");
        var staff = await world.As("staff");
        var tooLong = new string('整', 4001);
        var progress = await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress(tooLong, 50));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, progress.StatusCode);
        Assert.Contains("进展情况不能超过4000字", await progress.Content.ReadAsStringAsync());

        var office = await world.As("office");
        var version = (await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}")).GetProperty("row").GetProperty("version").GetInt32();
        var edit = await office.PutAsJsonAsync($"/api/v1/measures/{built.MeasureId}", new
        {
            text = "加强理论学习",
            kind = "Dated",
            responsibleUnitId = world.Planning.Id,
            timeLimit = "2024-05-31",
            responsiblePerson = new string('李', 51),
            version,
        });
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Contains("责任人不能超过50字", await edit.Content.ReadAsStringAsync());

    }

    [Fact]
    public async Task A_refused_save_on_the_measure_form_keeps_what_the_user_typed()
    {
        var built = await Ledger.CreateRoundAsync(world, "保存失败保留输入测试轮次");
        var page = await PageSession.SignInAsync(world, "office");
        await page.GetAsync($"/Rounds/MeasureForm/{built.MeasureId}");
        var version = (await Ledger.GetJson(await world.As("office"), $"/api/v1/measures/{built.MeasureId}")).GetProperty("row").GetProperty("version").GetInt32();
        var html = await page.PostForPageAsync($"/Rounds/MeasureForm/{built.MeasureId}", new()
        {
            ["Text"] = "改写后的措施：建立学习长效机制",
            ["Kind"] = "Dated",
            ["LimitMode"] = "none",
            ["ResponsiblePerson"] = "陈新任",
            ["ResponsibleUnitId"] = world.Planning.Id.ToString(),
            ["Version"] = version.ToString(),
        });
        Assert.Contains("限期整改的措施必须设定完成时限", html);
        Assert.Contains("改写后的措施：建立学习长效机制", html);
        Assert.Contains("陈新任", html);
    }

    [Fact]
    public async Task A_dated_measure_becomes_long_term_without_a_limit_in_one_save()
    {
        var built = await Ledger.CreateRoundAsync(world, "措施类型修改测试轮次");
        var office = await world.As("office");
        var version = (await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}")).GetProperty("row").GetProperty("version").GetInt32();
        var edit = await office.PutAsJsonAsync($"/api/v1/measures/{built.MeasureId}", new
        {
            text = "加强理论学习,提升政治素养",
            kind = "LongTerm",
            responsibleUnitId = world.Planning.Id,
            timeLimit = "2024-05-31",
            version,
        });
        Assert.Equal(HttpStatusCode.NoContent, edit.StatusCode);
        var row = (await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}")).GetProperty("row");
        Assert.Equal(("LongTerm", JsonValueKind.Null), (row.GetProperty("kind").GetString(), row.GetProperty("timeLimit").ValueKind));
    }

    [Fact]
    public async Task A_reopened_measure_reads_as_reopened_at_zero_percent_not_as_returned()
    {
        var built = await Ledger.CreateRoundAsync(world, "反弹重开测试轮次");
        var staff = await world.As("staff");
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("已完成", 100, ("a.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/close-out", new { note = "已全部完成" })).EnsureSuccessStatusCode();
        var office = await world.As("office");
        (await office.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/review", new { decision = "Approve" })).EnsureSuccessStatusCode();

        var tooLong = await office.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/reopen", new { reason = new string('反', 1001) });
        Assert.Contains("重新打开的理由不能超过1000字", await tooLong.Content.ReadAsStringAsync());
        (await office.PostAsJsonAsync($"/api/v1/measures/{built.MeasureId}/reopen", new { reason = "回头看发现会议室超标问题反弹" })).EnsureSuccessStatusCode();

        var row = (await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}")).GetProperty("row");
        Assert.Equal(("已重新打开（反弹）", 0), (row.GetProperty("statusLabel").GetString(), row.GetProperty("latestPercent").GetInt32()));
        var page = await PageSession.SignInAsync(world, "staff");
        var (_, html) = await page.GetAsync($"/Rounds/Measure/{built.MeasureId}");
        Assert.Contains("重新打开理由：回头看发现会议室超标问题反弹", html);
        Assert.DoesNotContain("已退回", html);
    }
}
