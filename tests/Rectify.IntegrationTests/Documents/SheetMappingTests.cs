using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Documents;

public class SheetMappingTests(World world) : IClassFixture<World>
{
    private const string Url = "/api/v1/sheet-mappings";

    /// <summary>A county's own ledger: a title, its header on row 2, columns in its own order and words, no 措施类型.</summary>
    private static byte[] OwnSheet() => TestSheet.Build([
        ["某县整改台账(自制)"],
        ["完成时间", "责任科室", "整改举措", "存在问题", "所属方面", "负责人"],
        ["2024/6/30", "规划科", "建立问题清单", "台账管理不规范", "作风方面", "李规划"],
        ["长期坚持", "信用科", "定期回头看", "台账管理不规范", "作风方面", ""],
        ["", "", "当场整改", "会场纪律松散", "作风方面", ""],
    ]);

    private static readonly Dictionary<string, string> Columns = new()
    {
        ["具体问题"] = "存在问题",
        ["整改措施"] = "C",
        ["方面/类别"] = "所属方面",
        ["责任单位"] = "责任科室",
        ["责任人"] = "F",
        ["完成时限"] = "完成时间",
    };

    private static readonly string[] Expected =
    [
        "作风方面|台账管理不规范|建立问题清单|Dated|规划科|李规划|2024-06-30",
        "作风方面|台账管理不规范|定期回头看|LongTerm|信用科||",
        "作风方面|会场纪律松散|当场整改|Immediate|||",
    ];

    [Fact]
    public async Task A_users_own_sheet_with_renamed_and_shuffled_columns_imports_through_an_inline_mapping()
    {
        var office = await world.As("office");
        var form = TestSheet.Form(OwnSheet(), world.Commission.Id, "自制台账导入");
        form.Add(new StringContent(JsonSerializer.Serialize(new { headerRow = 2, columns = Columns })), "mapping");

        var id = await Ledger.Id(await office.PostAsync("/api/v1/rounds/import.xlsx", form));

        Assert.Equal(Expected, await RowsAsync(office, id));
    }

    [Fact]
    public async Task A_saved_mapping_is_reused_by_its_id()
    {
        var office = await world.As("office");
        var mapping = await Ledger.Id(await office.PostAsJsonAsync(Url, new { name = "县里的台账", headerRow = 2, columns = Columns }));
        var form = TestSheet.Form(OwnSheet(), world.Commission.Id, "用模板导入");
        form.Add(new StringContent(mapping.ToString()), "mappingId");

        var id = await Ledger.Id(await office.PostAsync("/api/v1/rounds/import.xlsx", form));

        Assert.Equal(Expected, await RowsAsync(office, id));
    }

    [Fact]
    public async Task A_mapping_without_the_required_fields_or_with_a_missing_column_is_refused_with_every_reason()
    {
        var office = await world.As("office");
        var form = TestSheet.Form(OwnSheet(), world.Commission.Id);
        form.Add(new StringContent(JsonSerializer.Serialize(new { headerRow = 2, columns = new Dictionary<string, string> { ["具体问题"] = "问题", ["责任人"] = "F" } })), "mapping");

        var response = await office.PostAsync("/api/v1/rounds/import.xlsx", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString());
        Assert.Equal(["表头行中找不到“问题”列（对应“具体问题”）", "请为“整改措施”选择对应的列"], errors);
    }

    [Fact]
    public async Task An_office_saves_reads_renames_and_deletes_a_mapping_and_a_stale_or_duplicate_one_is_refused()
    {
        var office = await world.As("office");
        var id = await Ledger.Id(await office.PostAsJsonAsync(Url, new { name = "模板甲", headerRow = 2, columns = Columns }));
        await Ledger.Id(await office.PostAsJsonAsync(Url, new { name = "模板乙", headerRow = 1, columns = Columns }));

        var read = await Ledger.GetJson(office, $"{Url}/{id}");
        Assert.Equal(("模板甲", 2, "存在问题"), (read.GetProperty("name").GetString(), read.GetProperty("headerRow").GetInt32(),
            read.GetProperty("columns").GetProperty("具体问题").GetString()));
        var names = (await Ledger.GetJson(office, Url)).EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Contains("模板甲", names);
        Assert.Contains("模板乙", names);
        var duplicate = await office.PostAsJsonAsync(Url, new { name = "模板甲", headerRow = 1, columns = Columns });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Equal("已有同名的列对应模板，请换一个名称", (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"{Url}/{id}", new { name = "模板丙", headerRow = 3, columns = Columns, version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PutAsJsonAsync($"{Url}/{id}", new { name = "模板丁", headerRow = 3, columns = Columns, version = 0 })).StatusCode);
        Assert.Equal("模板丙", (await Ledger.GetJson(office, $"{Url}/{id}")).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await office.DeleteAsync($"{Url}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"{Url}/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_mapping_belongs_to_the_offices_unit_other_roles_are_refused_and_anonymous_must_sign_in()
    {
        var office = await world.As("office");
        var id = await Ledger.Id(await office.PostAsJsonAsync(Url, new { name = "只给本单位", headerRow = 2, columns = Columns }));
        var officeB = await world.As("officeB");

        Assert.Equal(HttpStatusCode.NotFound, (await officeB.GetAsync($"{Url}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officeB.PutAsJsonAsync($"{Url}/{id}", new { name = "抢", headerRow = 1, columns = Columns, version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officeB.DeleteAsync($"{Url}/{id}")).StatusCode);
        Assert.DoesNotContain((await Ledger.GetJson(officeB, Url)).EnumerateArray(), m => m.GetProperty("id").GetGuid() == id);
        var form = TestSheet.Form(OwnSheet(), world.Bureau.Id);
        form.Add(new StringContent(id.ToString()), "mappingId");
        Assert.Equal(HttpStatusCode.NotFound, (await officeB.PostAsync("/api/v1/rounds/import.xlsx", form)).StatusCode);
        foreach (var account in new[] { "staff", "leader", "inspector", "admin" })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await world.As(account)).GetAsync($"{Url}/{id}")).StatusCode);
        using var anonymous = world.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{Url}/{id}")).StatusCode);
        Assert.Equal("只给本单位", (await Ledger.GetJson(office, $"{Url}/{id}")).GetProperty("name").GetString());
    }

    private static async Task<List<string>> RowsAsync(HttpClient office, Guid roundId)
    {
        var page = await Ledger.GetJson(office, $"/api/v1/ledger?roundId={roundId}&pageSize=50");
        return page.GetProperty("items").EnumerateArray().Select(r => string.Join("|",
            string.Join("/", r.GetProperty("sectionPath").EnumerateArray().Select(s => s.GetString()!.TrimStart('(', '一', ')'))),
            r.GetProperty("problemTitle").GetString(), r.GetProperty("text").GetString(), r.GetProperty("kind").GetString(),
            r.GetProperty("responsibleUnit").GetString(), r.GetProperty("responsiblePerson").GetString(),
            r.GetProperty("timeLimit").GetString())).ToList();
    }
}
