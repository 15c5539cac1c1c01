using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Documents;

public class SheetImportJobTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task A_large_import_run_as_a_job_is_polled_until_done_with_its_phase_rows_and_counts()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        var rows = Enumerable.Range(1, 300).Select(i => new[] { "", "(二)批量方面", $"批量问题{i / 10}", $"一是批量措施{i}", "立行立改" }).ToArray();
        var sheet = SheetEdit.Apply(await SheetIntoRoundTests.ExportAsync(office, built.RoundId), new Dictionary<string, string>(), rows);

        var response = await office.PostAsync($"/api/v1/rounds/{built.RoundId}/import.xlsx?async=true", SheetIntoRoundTests.Form(sheet));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/api/v1/sheet-imports/", location);
        var status = await PollAsync(office, location);
        Assert.Equal("Succeeded", status.GetProperty("state").GetString());
        Assert.Equal(("写入", 302, 302), (status.GetProperty("phase").GetString(), status.GetProperty("done").GetInt32(), status.GetProperty("total").GetInt32()));
        var result = status.GetProperty("result");
        Assert.Equal((0, 300, 2), (result.GetProperty("updated").GetInt32(), result.GetProperty("added").GetInt32(), result.GetProperty("unchanged").GetInt32()));
        var summary = await Ledger.GetJson(office, $"/api/v1/ledger/summary?roundId={built.RoundId}");
        Assert.Equal((302, 32), (summary.GetProperty("measures").GetInt32(), summary.GetProperty("problems").GetInt32()));
    }

    [Fact]
    public async Task A_refused_sheet_run_as_a_job_ends_failed_with_every_error()
    {
        var office = await world.As("office");
        var sheet = TestSheet.Build([
            ["具体问题", "方面/类别", "整改措施", "措施类型", "完成时限", "责任单位", "配合单位", "牵头领导", "责任领导", "责任人"],
            ["问题一", "", "一是建立台账", "马上就改", "", "", "", "", "", ""],
        ]);

        var response = await office.PostAsync("/api/v1/rounds/import.xlsx?async=true", TestSheet.Form(sheet, world.Commission.Id));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await PollAsync(office, response.Headers.Location!.ToString());
        Assert.Equal("Failed", status.GetProperty("state").GetString());
        Assert.Equal("台账中有 1 处错误，未导入任何内容，请修改后重新上传", status.GetProperty("message").GetString());
        Assert.Equal("D2单元格“马上就改”：措施类型无法识别（应为立行立改、限期整改或长期坚持）", status.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_new_round_imported_as_a_job_reports_where_it_is()
    {
        var office = await world.As("office");
        var sheet = TestSheet.Build([
            ["具体问题", "方面/类别", "整改措施", "措施类型", "完成时限", "责任单位", "配合单位", "牵头领导", "责任领导", "责任人"],
            ["问题一", "作风方面", "一是建立台账", "立行立改", "", "规划科", "", "", "", ""],
        ]);

        var response = await office.PostAsync("/api/v1/rounds/import.xlsx?async=true", TestSheet.Form(sheet, world.Commission.Id, "后台导入的轮次"));

        var status = await PollAsync(office, response.Headers.Location!.ToString());
        var roundId = status.GetProperty("result").GetProperty("roundId").GetGuid();
        Assert.Equal("后台导入的轮次", (await Ledger.GetJson(office, $"/api/v1/rounds/{roundId}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Nobody_but_the_office_user_who_started_a_job_may_read_it()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        var response = await office.PostAsync($"/api/v1/rounds/{built.RoundId}/import.xlsx?async=true",
            SheetIntoRoundTests.Form(await SheetIntoRoundTests.ExportAsync(office, built.RoundId)));
        var location = response.Headers.Location!.ToString();
        await PollAsync(office, location);

        Assert.Equal(HttpStatusCode.NotFound, (await (await world.As("officeB")).GetAsync(location)).StatusCode);
        foreach (var account in new[] { "staff", "leader", "inspector", "admin" })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await world.As(account)).GetAsync(location)).StatusCode);
        using var anonymous = world.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/sheet-imports/{Guid.NewGuid()}")).StatusCode);
    }

    public static async Task<JsonElement> PollAsync(HttpClient client, string location)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var status = await Ledger.GetJson(client, location);
            if (status.GetProperty("state").GetString() is "Succeeded" or "Failed") return status;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{location} did not finish in 30 s");
    }
}
