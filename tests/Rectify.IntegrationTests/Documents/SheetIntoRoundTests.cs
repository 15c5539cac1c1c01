using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Documents;

public class SheetIntoRoundTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task An_edited_export_imported_into_its_round_updates_exactly_the_edited_measures_adds_new_rows_and_reports_the_rest()
    {
        var built = await Ledger.CreateRoundAsync(world, "市委第八巡察组巡察反馈意见整改");
        var office = await world.As("office");
        var exported = await ExportAsync(office, built.RoundId);
        var later = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{built.ProblemId}/measures",
            new { text = "导出后新增的措施", kind = "Immediate" }));
        var edited = SheetEdit.Apply(exported, new Dictionary<string, string>
        {
            ["D3"] = "一是加强理论学习,提升政治素养和履职能力",
            ["F4"] = "王领导",
        }, ["", "(二)关于作风建设方面", "会议过多过滥问题", "一是精简会议", "限期整改", "", "", "规划科", "", "李规划", "2024年6月30日"]);

        var result = await ImportAsync(office, built.RoundId, edited);

        Assert.Equal((2, 1, 0, 1), (result.GetProperty("updated").GetInt32(), result.GetProperty("added").GetInt32(),
            result.GetProperty("unchanged").GetInt32(), result.GetProperty("notInSheetCount").GetInt32()));
        Assert.Equal(later, result.GetProperty("notInSheet")[0].GetProperty("measureId").GetGuid());
        var first = await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}");
        Assert.Equal("加强理论学习,提升政治素养和履职能力", first.GetProperty("row").GetProperty("text").GetString());
        Assert.Equal(1, first.GetProperty("row").GetProperty("version").GetInt32());
        Assert.Contains(first.GetProperty("history").EnumerateArray(), h => h.GetProperty("userName").GetString() == "张整改"
            && h.GetProperty("changes").EnumerateArray().Any(c => c.GetProperty("field").GetString() == "Text"
                && c.GetProperty("after").GetString() == "加强理论学习,提升政治素养和履职能力"));
        var second = await Ledger.GetJson(office, $"/api/v1/measures/{built.CooperatingMeasureId}");
        Assert.Equal("王领导", second.GetProperty("row").GetProperty("leadLeader").GetString());
        var rows = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={built.RoundId}&pageSize=50");
        var added = rows.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("text").GetString() == "精简会议");
        Assert.Equal("会议过多过滥问题", added.GetProperty("problemTitle").GetString());
        Assert.Equal(["(二)关于作风建设方面"], added.GetProperty("sectionPath").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("规划科", added.GetProperty("responsibleUnit").GetString());
        Assert.Equal("2024-06-30", added.GetProperty("timeLimit").GetString());
    }

    [Fact]
    public async Task An_unedited_export_imported_again_changes_nothing()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");

        var result = await ImportAsync(office, built.RoundId, await ExportAsync(office, built.RoundId));

        Assert.Equal((0, 0, 2, 0), (result.GetProperty("updated").GetInt32(), result.GetProperty("added").GetInt32(),
            result.GetProperty("unchanged").GetInt32(), result.GetProperty("notInSheetCount").GetInt32()));
        Assert.Equal(0, (await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}")).GetProperty("row").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_row_edited_in_an_export_someone_has_since_changed_is_refused_and_nothing_is_written()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        var exported = await ExportAsync(office, built.RoundId);
        (await office.PutAsJsonAsync($"/api/v1/measures/{built.MeasureId}", new
        {
            text = "他人改过的措施",
            kind = "Dated",
            responsibleUnitId = world.Planning.Id,
            timeLimit = "2024-05-31",
            version = 0,
        })).EnsureSuccessStatusCode();
        var edited = SheetEdit.Apply(exported, new Dictionary<string, string>
        {
            ["D3"] = "一是我在旧表里改的措施",
            ["J4"] = "陈信用",
        });

        var response = await office.PostAsync($"/api/v1/rounds/{built.RoundId}/import.xlsx", Form(edited));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("该措施在导出后已被他人修改（导出时为第0版，现为第1版），为免覆盖他人的修改，请重新导出后再改", error.GetProperty("message").GetString());
        Assert.Equal("他人改过的措施", (await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}")).GetProperty("row").GetProperty("text").GetString());
        var second = await Ledger.GetJson(office, $"/api/v1/measures/{built.CooperatingMeasureId}");
        Assert.Equal(JsonValueKind.Null, second.GetProperty("row").GetProperty("responsiblePerson").ValueKind);
    }

    [Fact]
    public async Task A_users_own_sheet_matches_measures_by_their_text_ignoring_spaces_and_punctuation()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var office = await world.As("office");
        var sheet = TestSheet.Build([
            ["问题", "措施", "责任人", "时限"],
            ["学习贯彻习近平总书记关于优化营商环境的重要论述有差距问题。", "加强理论学习 提升政治素养", "李规划", "2024-05-31"],
        ]);
        var mapping = JsonSerializer.Serialize(new
        {
            headerRow = 1,
            columns = new Dictionary<string, string>
            {
                ["具体问题"] = "问题",
                ["整改措施"] = "B",
                ["责任人"] = "责任人",
                ["完成时限"] = "时限",
                ["责任单位"] = "E",
            }
        });

        var result = await ImportAsync(office, built.RoundId, sheet, mapping);

        Assert.Equal((1, 0, 1), (result.GetProperty("updated").GetInt32(), result.GetProperty("added").GetInt32(), result.GetProperty("notInSheetCount").GetInt32()));
        var row = (await Ledger.GetJson(office, $"/api/v1/measures/{built.MeasureId}")).GetProperty("row");
        Assert.Equal("加强理论学习 提升政治素养", row.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("responsibleUnit").ValueKind);
    }

    [Fact]
    public async Task Only_an_office_of_the_rounds_scope_imports_into_it()
    {
        var built = await Ledger.CreateRoundAsync(world);
        var sheet = await ExportAsync(await world.As("office"), built.RoundId);

        var officeB = await (await world.As("officeB")).PostAsync($"/api/v1/rounds/{built.RoundId}/import.xlsx", Form(sheet));
        var leader = await (await world.As("leader")).PostAsync($"/api/v1/rounds/{built.RoundId}/import.xlsx", Form(sheet));

        Assert.Equal(HttpStatusCode.NotFound, officeB.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leader.StatusCode);
    }

    public static async Task<byte[]> ExportAsync(HttpClient office, Guid roundId) =>
        await (await office.GetAsync($"/api/v1/ledger/export.xlsx?roundId={roundId}")).Content.ReadAsByteArrayAsync();

    public static MultipartFormDataContent Form(byte[] xlsx, string? mapping = null, Guid? mappingId = null)
    {
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var form = new MultipartFormDataContent { { file, "file", "ledger.xlsx" } };
        if (mapping is not null) form.Add(new StringContent(mapping), "mapping");
        if (mappingId is not null) form.Add(new StringContent(mappingId.ToString()!), "mappingId");
        return form;
    }

    private static async Task<JsonElement> ImportAsync(HttpClient office, Guid roundId, byte[] xlsx, string? mapping = null)
    {
        var response = await office.PostAsync($"/api/v1/rounds/{roundId}/import.xlsx", Form(xlsx, mapping));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }
}
