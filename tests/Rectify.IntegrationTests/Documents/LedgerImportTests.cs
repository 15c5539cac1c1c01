using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Documents;

public class LedgerImportTests(World world) : IClassFixture<World>
{
    private const string Url = "/api/v1/rounds/import.xlsx";

    private static readonly string[] Header = ["具体问题", "方面/类别", "整改措施", "措施类型", "完成时限", "责任单位", "配合单位", "牵头领导", "责任领导", "责任人"];

    [Fact]
    public async Task An_exported_ledger_imported_as_a_new_round_reproduces_the_ledger_exactly()
    {
        var built = await Ledger.CreateRoundAsync(world, "市委第七巡察组巡察反馈意见整改");
        var office = await world.As("office");
        await AddSecondSectionAsync(office, built.RoundId);
        var exported = await (await office.GetAsync($"/api/v1/ledger/export.xlsx?roundId={built.RoundId}")).Content.ReadAsByteArrayAsync();

        var imported = await Ledger.Id(await office.PostAsync(Url, TestSheet.Form(exported, world.Commission.Id, "市委第七巡察组巡察反馈意见整改")));

        Assert.NotEqual(built.RoundId, imported);
        var original = await LedgerRowsAsync(office, built.RoundId);
        Assert.Equal(4, original.Count);
        Assert.Equal(original, await LedgerRowsAsync(office, imported));
        var again = await ExportedSheet.ReadAsync(await office.GetAsync($"/api/v1/ledger/export.xlsx?roundId={imported}"));
        var first = await ExportedSheet.ReadAsync(await office.GetAsync($"/api/v1/ledger/export.xlsx?roundId={built.RoundId}"));
        // Everything but the hidden 编号 column, which names each round's own measures.
        Assert.Equal(first.Rows.Select(r => string.Join("|", first.Texts((int)r.RowIndex!.Value).Take(14))),
            again.Rows.Select(r => string.Join("|", again.Texts((int)r.RowIndex!.Value).Take(14))));
        Assert.Equal(first.Merges, again.Merges);
    }

    [Fact]
    public async Task A_sheet_with_bad_rows_is_refused_with_every_error_and_nothing_is_written()
    {
        var office = await world.As("office");
        var before = (await Ledger.GetJson(office, "/api/v1/rounds")).GetArrayLength();
        var sheet = TestSheet.Build([
            Header,
            ["问题一", "(一)作风方面", "一是建立台账", "限期整改", "2024-06-30", "规划科", "", "王领导", "", ""],
            ["问题二", "(一)作风方面", "一是马上就改", "马上就改", "", "规划科", "", "", "", ""],
            ["问题三", "(一)作风方面", "一是限期完成", "限期整改", "2024年13月1日", "信用科", "", "", "", ""],
            ["问题四", "(一)作风方面", "一是协同推进", "立行立改", "", "政务科", "", "", "", ""],
        ]);

        var response = await office.PostAsync(Url, TestSheet.Form(sheet, world.Commission.Id));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("台账中有 3 处错误，未导入任何内容，请修改后重新上传", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("sheet").GetString()}|{e.GetProperty("row").GetInt32()}|{e.GetProperty("column").GetString()}|{e.GetProperty("message").GetString()}");
        Assert.Equal([
            "台账|3|措施类型|D3单元格“马上就改”：措施类型无法识别（应为立行立改、限期整改或长期坚持）",
            "台账|4|完成时限|E4单元格“2024年13月1日”：完成时限无法识别（可写2025年6月30日、2025-6-30、2025/6/30、2025.6.30、2025年6月底、2025年12月、2025年底前、立行立改或长期坚持）",
            "台账|5|责任单位|F5单元格“政务科”：该单位不存在或不在本单位范围内",
        ], errors);
        Assert.Equal(before, (await Ledger.GetJson(office, "/api/v1/rounds")).GetArrayLength());
    }

    [Fact]
    public async Task A_sheet_saved_by_Excel_with_shared_strings_and_a_merged_problem_builds_the_tree()
    {
        var office = await world.As("office");
        var sheet = TestSheet.Build([
            ["某单位整改台账"],
            ["序号", .. Header],
            ["1", "问题甲", "作风方面/会风文风", "加强会风建设", "限期整改", "2024年5月31日", "规划科", "信用建设科、规划科", "王领导", "王领导", "李规划"],
            ["", "", "", "二是精简文件", "长期坚持", "长期坚持", "信用科", "", "", "", ""],
        ], "A3:A4", "B3:B4", "C3:C4");

        var id = await Ledger.Id(await office.PostAsync(Url, TestSheet.Form(sheet, world.Commission.Id)));

        var rows = await LedgerRowsAsync(office, id);
        Assert.Equal([
            "(一)作风方面 › 1.会风文风|1.问题甲|一是加强会风建设|Dated|王领导|王领导|规划科|信用科|李规划|2024-05-31|NotStarted",
            "(一)作风方面 › 1.会风文风|1.问题甲|二是精简文件|LongTerm|||信用科|||(none)|NotStarted",
        ], rows);
    }

    [Fact]
    public async Task Only_an_office_imports_and_only_into_a_unit_of_its_scope()
    {
        var office = await world.As("office");
        var before = (await Ledger.GetJson(office, "/api/v1/rounds")).GetArrayLength();
        var sheet = TestSheet.Build([Header, ["问题一", "", "一是建立台账", "立行立改", "", "", "", "", "", ""]]);

        var staff = await (await world.As("staff")).PostAsync(Url, TestSheet.Form(sheet, world.Commission.Id));
        var officeB = await (await world.As("officeB")).PostAsync(Url, TestSheet.Form(sheet, world.Commission.Id));

        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, officeB.StatusCode);
        Assert.Equal("所选单位不在您的管辖范围内", (await officeB.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(before, (await Ledger.GetJson(office, "/api/v1/rounds")).GetArrayLength());
    }

    [Fact]
    public async Task A_file_that_is_no_workbook_is_refused_in_words_a_clerk_understands()
    {
        var response = await (await world.As("office")).PostAsync(Url, TestSheet.Form("序号,具体问题\n1,问题"u8.ToArray(), world.Commission.Id));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("无法读取该文件，请上传 Excel 工作簿（.xlsx）", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    private async Task AddSecondSectionAsync(HttpClient office, Guid roundId)
    {
        var section = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/rounds/{roundId}/sections", new { levelName = "方面", title = "关于落实全面从严治党责任方面" }));
        var problem = await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/rounds/{roundId}/problems", new { sectionId = section, label = "1.", title = "主体责任压得不实" }));
        await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{problem}/measures", new
        {
            text = "召开专题民主生活会",
            kind = "Immediate",
            leadLeader = "王领导",
            responsibleUnitId = world.Commission.Id,
            cooperatingUnitIds = new[] { world.Planning.Id, world.Credit.Id },
            responsiblePerson = "张整改",
            timeLimit = "2023-12-29",
        }));
        await Ledger.Id(await office.PostAsJsonAsync($"/api/v1/problems/{problem}/measures", new
        {
            text = "制定责任清单",
            kind = "Dated",
            responsibleLeader = "王领导",
            responsibleUnitId = world.Credit.Id,
            timeLimit = "2024-03-31",
        }));
    }

    /// <summary>What a clerk reads in the ledger, row by row, without ids.</summary>
    private static async Task<List<string>> LedgerRowsAsync(HttpClient office, Guid roundId)
    {
        var page = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={roundId}&pageSize=200");
        return page.GetProperty("items").EnumerateArray().Select(r => string.Join("|",
            string.Join(" › ", r.GetProperty("sectionPath").EnumerateArray().Select(s => s.GetString())),
            r.GetProperty("problemLabel").GetString() + r.GetProperty("problemTitle").GetString(),
            r.GetProperty("measureLabel").GetString() + r.GetProperty("text").GetString(),
            r.GetProperty("kind").GetString(), Text(r, "leadLeader"), Text(r, "responsibleLeader"), Text(r, "responsibleUnit"),
            string.Join("、", r.GetProperty("cooperatingUnits").EnumerateArray().Select(u => u.GetString())),
            Text(r, "responsiblePerson"), r.GetProperty("timeLimit").ValueKind == JsonValueKind.Null ? "(none)" : r.GetProperty("timeLimit").GetString(),
            r.GetProperty("status").GetString())).ToList();
    }

    private static string Text(JsonElement row, string name) => row.GetProperty(name).GetString() ?? "";
}
