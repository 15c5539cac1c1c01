using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.IntegrationTests.Documents;
using Rectify.Platform.Data;

namespace Rectify.IntegrationTests.Appeals;

/// <summary>12345 hotline exports imported as appeals over POST /api/v1/appeals/import.xlsx (the world's clock: 2024年4月18日).</summary>
public class HotlineImportTests(World world) : IClassFixture<World>
{
    private const string Url = "/api/v1/appeals/import.xlsx";
    private const string Code = "91370502MA3CBQ2X1Y";

    /// <summary>A hotline's own export: a title row, its own header words, three good records (one naming its 承办单位).</summary>
    public static byte[] Sheet(string prefix, params string[][] more) => TestSheet.Build([
        ["示范市12345政务服务便民热线涉企工单（2024年4月）"],
        ["工单号", "受理时间", "企业名称", "信用代码", "诉求人", "来电号码", "问题分类", "问题描述", "办理单位"],
        [$"{prefix}-001", "2024-04-15 09:31:05", "示范市华腾精密机械有限公司", Code, "郑晓梅", "13905461234", "拖欠账款", "区住建局拖欠工程款180万元。多次催要无果。", "规划科"],
        [$"{prefix}-002", "2024/4/16 14:05", "示范市瑞丰化工有限公司", "", "王强", "0546-8221234", "融资贷款", "申请的贷款贴息半年未兑现。", ""],
        [$"{prefix}-003", "2024年4月17日", "示范市鲁兴物流有限公司", "", "李娜", "13812345678", "", "咨询小微企业稳岗补贴如何申领。", ""],
        .. more,
    ]);

    public static MultipartFormDataContent Form(byte[] xlsx, params (string Name, string Value)[] fields)
    {
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var form = new MultipartFormDataContent { { file, "file", "12345工单-2024年4月.xlsx" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    private static string Prefix() => $"GD{Guid.NewGuid():N}"[..14];

    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The office's list rows of this prefix's records of one enterprise (the class's tests import the same enterprises).</summary>
    private async Task<List<JsonElement>> HotlineAppealsAsync(HttpClient client, string prefix, string enterprise)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<RectifyDbContext>().Set<Rectify.Features.Appeals.Appeal>()
            .Where(a => a.ExternalId!.StartsWith(prefix)).Select(a => a.Id).ToListAsync();
        // Searched by the enterprise, so that the class's other imports (2,000 records in one) never push these off the page.
        return (await Ledger.GetJson(client, $"/api/v1/appeals?channel=Hotline12345&search={Uri.EscapeDataString(enterprise)}&pageSize=200")).GetProperty("items").EnumerateArray()
            .Where(a => ids.Contains(a.GetProperty("id").GetGuid()) && a.GetProperty("enterpriseName").GetString()!.Contains(enterprise)).ToList();
    }

    [Fact]
    public async Task A_hotline_export_becomes_12345_appeals_masked_in_the_list_assigned_where_it_names_the_unit_and_audited()
    {
        var office = await world.As("office");
        var prefix = Prefix();

        var result = await OkJson(await office.PostAsync(Url, Form(Sheet(prefix))));

        Assert.Equal((3, 3, 1, 0, true), (result.GetProperty("rows").GetInt32(), result.GetProperty("imported").GetInt32(),
            result.GetProperty("assigned").GetInt32(), result.GetProperty("alreadyImported").GetInt32(), result.GetProperty("written").GetBoolean()));
        var arrears = Assert.Single(await HotlineAppealsAsync(office, prefix, "华腾精密"));
        Assert.Equal(("12345热线", "拖欠账款", "郑**", "139****1234", "区住建局拖欠工程款180万元", "规划科", "Assigned"),
            (arrears.GetProperty("channel").GetString(), arrears.GetProperty("category").GetString(), arrears.GetProperty("contact").GetString(),
             arrears.GetProperty("phone").GetString(), arrears.GetProperty("title").GetString(), arrears.GetProperty("unit").GetString(),
             arrears.GetProperty("state").GetString()));
        Assert.Equal("2024-04-15", arrears.GetProperty("submittedOn").GetString());
        var loan = Assert.Single(await HotlineAppealsAsync(office, prefix, "瑞丰化工"));
        Assert.Equal(("融资", "Submitted"), (loan.GetProperty("category").GetString(), loan.GetProperty("state").GetString()));
        Assert.Equal("其他", Assert.Single(await HotlineAppealsAsync(office, prefix, "鲁兴物流")).GetProperty("category").GetString());

        await using var scope = world.Factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<RectifyDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "HotlineImport").OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(("张整改", "12345工单-2024年4月.xlsx", "导入12345热线工单"), (audit.UserName, audit.EntityId, audit.Action));
        Assert.Contains("\"新增诉求\"", audit.Changes);
        Assert.Contains("\"3\"", audit.Changes);
    }

    [Fact]
    public async Task Importing_the_same_sheet_again_creates_no_duplicate_and_says_how_many_were_skipped()
    {
        var office = await world.As("office");
        var prefix = Prefix();
        await OkJson(await office.PostAsync(Url, Form(Sheet(prefix))));

        var again = await OkJson(await office.PostAsync(Url, Form(Sheet(prefix, [$"{prefix}-004", "2024-04-17 16:00", "示范市新立建材有限公司", "", "孙立", "13700001111", "涉企收费", "检测收费过高。", ""]))));

        Assert.Equal((4, 1, 3), (again.GetProperty("rows").GetInt32(), again.GetProperty("imported").GetInt32(), again.GetProperty("alreadyImported").GetInt32()));
        Assert.Equal(4, await CountAsync(prefix));
    }

    [Fact]
    public async Task A_sheet_with_wrong_rows_is_refused_with_each_rows_number_and_nothing_is_stored_unless_only_the_good_rows_are_asked_for()
    {
        var office = await world.As("office");
        var prefix = Prefix();
        var sheet = Sheet(prefix,
            [$"{prefix}-004", "2024-04-17", "示范市新立建材有限公司", "91370502MA3CBQ2X1Z", "孙立", "13700001111", "涉企收费", "检测收费过高。", ""],
            [$"{prefix}-005", "上周三", "示范市宏远食品有限公司", "", "周敏", "13700002222", "邻里纠纷", "", ""]);

        var refused = await office.PostAsync(Url, Form(sheet));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("热线工单表中有4处错误，未导入任何工单；请修改后重新上传，或勾选“仅导入无误的行”", problem.GetProperty("title").GetString());
        Assert.Equal(
            ["6|D6单元格“91370502MA3CBQ2X1Z”：统一社会信用代码不正确：应为18位，且末位校验码与前17位相符",
             "7|B7单元格“上周三”：来电时间无法识别（可写2026-11-20 09:31、2026/11/20 9:31、2026年11月20日）",
             "7|G7单元格“邻里纠纷”：诉求类别无法识别（应为政策咨询、审批服务、融资、要素保障、执法检查、拖欠账款、涉企收费或其他）",
             "7|H7：诉求内容为空"],
            problem.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("row").GetInt32()}|{e.GetProperty("message").GetString()}"));
        Assert.Equal(0, await CountAsync(prefix));

        var good = await OkJson(await office.PostAsync(Url, Form(sheet, ("onlyGoodRows", "true"))));

        Assert.Equal((5, 3, 2), (good.GetProperty("rows").GetInt32(), good.GetProperty("imported").GetInt32(), good.GetProperty("rowsWithErrors").GetInt32()));
        Assert.Equal(3, await CountAsync(prefix));
    }

    [Fact]
    public async Task A_preview_lists_the_rows_with_contacts_masked_and_stores_nothing()
    {
        var office = await world.As("office");
        var prefix = Prefix();

        var preview = await OkJson(await office.PostAsync(Url, Form(Sheet(prefix), ("preview", "true"))));

        Assert.False(preview.GetProperty("written").GetBoolean());
        Assert.Equal(2, preview.GetProperty("headerRow").GetInt32());
        var first = preview.GetProperty("preview")[0];
        Assert.Equal((3, "郑**", "139****1234", "2024年4月15日 09:31"), (first.GetProperty("row").GetInt32(), first.GetProperty("contact").GetString(),
            first.GetProperty("phone").GetString(), first.GetProperty("calledAt").GetString()));
        Assert.DoesNotContain("13905461234", preview.GetRawText());
        Assert.Equal(0, await CountAsync(prefix));
    }

    [Fact]
    public async Task An_oversized_a_bombed_or_a_non_excel_file_is_refused_in_the_hotlines_words_and_nothing_is_stored()
    {
        var office = await world.As("office");

        // The tests' upload limit is 2 MB (Rectify:Uploads:MaxBytes); the hotline's own cap, 20 MB, applies above it.
        var large = await office.PostAsync(Url, Form(new byte[2 * 1024 * 1024 + 1]));
        var text = await office.PostAsync(Url, Form("工单号,企业名称\nGD1,华腾"u8.ToArray()));
        var bomb = await office.PostAsync(Url, Form(Bombed(Sheet(Prefix()))));

        Assert.Equal("12345热线工单文件不能超过2 MB，请拆分后分批导入", await TitleAsync(large));
        Assert.Equal("无法读取该文件，请上传 Excel 工作簿（.xlsx）", await TitleAsync(text));
        Assert.Contains("压缩比异常", await TitleAsync(bomb));
    }

    [Fact]
    public async Task A_saved_hotline_mapping_maps_an_unknown_header_and_is_kept_apart_from_the_ledgers()
    {
        var office = await world.As("office");
        var prefix = Prefix();
        var sheet = TestSheet.Build([
            ["工单号", "受理时间", "企业名称", "客户姓名", "来电号码", "问题描述"],
            [$"{prefix}-001", "2024-04-15 09:31", "示范市华腾精密机械有限公司", "郑晓梅", "13905461234", "厂区门前道路断头，货车无法进出。"],
        ]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await office.PostAsync(Url, Form(sheet))).StatusCode);

        var mapping = await Ledger.Id(await office.PostAsJsonAsync("/api/v1/sheet-mappings",
            new { name = $"区热线{prefix}", kind = "hotline", headerRow = 0, columns = new Dictionary<string, string> { ["联系人"] = "客户姓名" } }));
        var imported = await OkJson(await office.PostAsync(Url, Form(sheet, ("mappingId", mapping.ToString()))));

        Assert.Equal(1, imported.GetProperty("imported").GetInt32());
        Assert.Contains(mapping, (await Ledger.GetJson(office, "/api/v1/sheet-mappings?kind=hotline")).EnumerateArray().Select(m => m.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(mapping, (await Ledger.GetJson(office, "/api/v1/sheet-mappings")).EnumerateArray().Select(m => m.GetProperty("id").GetGuid()));
        var ledgerMapping = await Ledger.Id(await office.PostAsJsonAsync("/api/v1/sheet-mappings",
            new { name = $"台账{prefix}", headerRow = 1, columns = new Dictionary<string, string> { ["具体问题"] = "A", ["整改措施"] = "B" } }));
        Assert.Equal(HttpStatusCode.NotFound, (await office.PostAsync(Url, Form(sheet, ("mappingId", ledgerMapping.ToString())))).StatusCode);
    }

    [Fact]
    public async Task A_months_batch_of_two_thousand_records_is_imported_in_one_save_and_skipped_whole_the_second_time()
    {
        var office = await world.As("office");
        var prefix = Prefix();
        var rows = Enumerable.Range(1, 2000).Select(i => new[]
        {
            $"{prefix}-{i:D4}", $"2024-04-{1 + i % 17:D2} 09:{i % 60:D2}", $"示范市第{i}号企业有限公司", "", "郑晓梅", "13905461234", "审批服务", $"第{i}件：施工许可办理超过承诺时限。", "",
        }).ToArray();
        var sheet = TestSheet.Build([["工单编号", "来电时间", "企业名称", "统一社会信用代码", "联系人", "联系电话", "诉求类别", "诉求内容", "承办单位"], .. rows]);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var first = await OkJson(await office.PostAsync(Url, Form(sheet)));
        var firstTook = clock.Elapsed;
        var second = await OkJson(await office.PostAsync(Url, Form(sheet)));

        Assert.Equal((2000, 0), (first.GetProperty("imported").GetInt32(), first.GetProperty("alreadyImported").GetInt32()));
        Assert.Equal((0, 2000), (second.GetProperty("imported").GetInt32(), second.GetProperty("alreadyImported").GetInt32()));
        Assert.Equal(2000, await CountAsync(prefix));
        TestContext.Current.TestOutputHelper?.WriteLine($"2,000 hotline records: import {firstTook.TotalSeconds:F1} s, re-import {(clock.Elapsed - firstTook).TotalSeconds:F1} s");
    }

    private static async Task<string?> TitleAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();
    }

    /// <summary>The sheet with a part that inflates 1,000 times over: the archive guard refuses it before the sheet is opened.</summary>
    private static byte[] Bombed(byte[] xlsx)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/media/image1.bin", CompressionLevel.SmallestSize).Open();
            entry.Write(new byte[8 * 1024 * 1024]);
        }
        return stream.ToArray();
    }

    private async Task<int> CountAsync(string prefix)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RectifyDbContext>().Set<Rectify.Features.Appeals.Appeal>()
            .CountAsync(a => a.ExternalId!.StartsWith(prefix));
    }
}
