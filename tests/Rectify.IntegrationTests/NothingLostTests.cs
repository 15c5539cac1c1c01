using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests;

/// <summary>Bad input gets a clear message and changes nothing; a lost race is reported with the current values.</summary>
public class NothingLostTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Second_editor_of_a_measure_is_told_of_the_conflict_and_shown_the_current_values()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        var version = (await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}")).GetProperty("row").GetProperty("version").GetInt32();
        object Edit(string text) => new { text, kind = "Dated", responsibleUnitId = world.Planning.Id, timeLimit = "2024-05-31", version };

        var first = await office.PutAsJsonAsync($"/api/v1/measures/{built.MeasureId}", Edit("第一位编辑的内容"));
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        var second = await office.PutAsJsonAsync($"/api/v1/measures/{built.MeasureId}", Edit("第二位编辑的内容"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("该记录已被他人修改，请查看当前内容后重新提交", problem.GetProperty("title").GetString());
        Assert.Equal("第一位编辑的内容", problem.GetProperty("current").GetProperty("text").GetString());

        var now = await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}");
        Assert.Equal("第一位编辑的内容", now.GetProperty("row").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Progress_with_one_bad_file_stores_nothing_at_all()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var staff = await world.As("staff");
        var fake = "MZ this is an executable"u8.ToArray();
        var response = await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress",
            Ledger.Progress("已完成", 50, ("good.pdf", Ledger.Pdf), ("报告.pdf", fake)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("报告.pdf", await response.Content.ReadAsStringAsync());
        Assert.Contains("只能上传 PDF、OFD、DOCX、XLSX、JPG、PNG", await response.Content.ReadAsStringAsync());
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RectifyDbContext>();
        Assert.False(await db.Set<ProgressUpdate>().AnyAsync(p => p.MeasureId == built.MeasureId, TestContext.Current.CancellationToken));
        Assert.False(await db.Set<Evidence>().AnyAsync(e => e.MeasureId == built.MeasureId, TestContext.Current.CancellationToken));
        var measure = await db.Set<Measure>().SingleAsync(m => m.Id == built.MeasureId, TestContext.Current.CancellationToken);
        Assert.Equal(MeasureStatus.NotStarted, measure.Status);
    }

    [Fact]
    public async Task File_over_the_size_limit_is_refused_with_the_limit_in_the_message()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var staff = await world.As("staff");
        var big = new byte[5 * 512 * 1024];
        "%PDF-1.4"u8.CopyTo(big);
        var response = await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("附大文件", 10, ("big.pdf", big)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("2 MB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Evidence_is_stored_once_by_content_hash_outside_the_web_root_and_downloads_intact()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var staff = await world.As("staff");
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("一", 10, ("a.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();
        (await staff.PostAsync($"/api/v1/measures/{built.MeasureId}/progress", Ledger.Progress("二", 20, ("b.pdf", Ledger.Pdf)))).EnsureSuccessStatusCode();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Ledger.Pdf));
        Assert.True(File.Exists(Path.Combine(world.Factory.DataDir, "evidence", hash[..2], hash)));
        Assert.Single(Directory.GetFiles(Path.Combine(world.Factory.DataDir, "evidence"), hash, SearchOption.AllDirectories));

        var details = await Ledger.GetJson(await world.As("leader"), $"/api/v1/measures/{built.MeasureId}");
        var evidenceId = details.GetProperty("evidence")[0].GetProperty("id").GetGuid();
        var download = await (await world.As("leader")).GetAsync($"/api/v1/evidence/{evidenceId}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Ledger.Pdf, await download.Content.ReadAsByteArrayAsync());
    }
}
