using System.Net;
using System.Text.Json;

namespace Rectify.IntegrationTests.Documents;

/// <summary>An office's own sheet, in the layouts offices make, imported as a new round and round-tripped through the export.</summary>
public class OfficeSheetImportTests(World world) : IClassFixture<World>
{
    private const string Url = "/api/v1/rounds/import.xlsx";

    [Fact]
    public async Task A_sheet_with_merged_category_rows_footnotes_and_office_wordings_comes_in_whole()
    {
        var office = await world.As("office");

        var response = await office.PostAsync(Url, OfficeSheets.Form(OfficeSheets.MergedCategories(), world.Commission.Id, OfficeSheets.MergedCategoriesMapping));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((2, 4, 5), (result.GetProperty("sections").GetInt32(), result.GetProperty("problems").GetInt32(), result.GetProperty("added").GetInt32()));
        Assert.Equal((1, 2), (result.GetProperty("splitRows").GetInt32(), result.GetProperty("splitMeasures").GetInt32()));
        Assert.Equal((4, 2), (result.GetProperty("withProgress").GetInt32(), result.GetProperty("reportedDone").GetInt32()));
        Assert.Equal(["11|注：完成时限以市委巡察办审定为准。", "12|填报人：李敏 联系电话：0546-8327715"],
            result.GetProperty("leftOut").EnumerateArray().Select(r => $"{r.GetProperty("row").GetInt32()}|{r.GetProperty("text").GetString()}"));
        Assert.Equal([
            "一、贯彻落实党的路线方针政策方面|1.重大项目前期工作推进缓慢，部分项目审批超过承诺时限|一是建立重大项目调度台账，每月调度一次|Dated|||规划科|信用科||2025-06-30|已建立调度台账，完成60%|InProgress 60%",
            "一、贯彻落实党的路线方针政策方面|1.重大项目前期工作推进缓慢，部分项目审批超过承诺时限|二是对审批超时的项目逐个约谈经办人员|Dated|||规划科|信用科||2025-06-30|已建立调度台账，完成60%|InProgress 60%",
            "一、贯彻落实党的路线方针政策方面|2.营商环境投诉办理不及时|一是建立投诉限时办结制度|Dated|||信用科|规划科||2025-12-31|已完成|InProgress 100%",
            "二、落实全面从严治党主体责任方面|1.党组会议专题研究党建工作次数偏少|一是每季度至少专题研究一次党建工作|LongTerm|||规划科|||||NotStarted 0%",
            "二、落实全面从严治党主体责任方面|2.违规发放加班补贴|一是立即清退违规发放的加班补贴|Immediate|||信用科||||已完成|InProgress 100%",
        ], await OfficeSheets.LedgerAsync(office, result.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task A_sheet_with_categories_in_its_first_column_and_a_status_column_comes_in_whole()
    {
        var office = await world.As("office");

        var response = await office.PostAsync(Url,
            OfficeSheets.Form(OfficeSheets.FirstColumnCategories(), world.Commission.Id, OfficeSheets.FirstColumnCategoriesMapping, headerRow: 1));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["9|审核人：王建华", "10|2025年3月10日"],
            result.GetProperty("leftOut").EnumerateArray().Select(r => $"{r.GetProperty("row").GetInt32()}|{r.GetProperty("text").GetString()}"));
        Assert.Equal([
            "（一）学习贯彻党的创新理论不够深入|1.理论学习中心组学习流于形式|一是制定年度学习计划并严格执行|Dated|||规划科|信用科||2025-06-30|推进中|InProgress 0%",
            "（一）学习贯彻党的创新理论不够深入|1.理论学习中心组学习流于形式|二是建立学习考勤通报制度|Dated|||信用科|||2025-09-30|已完成|InProgress 100%",
            "（二）意识形态工作责任制落实不到位|1.意识形态阵地管理不严|一是清理整顿单位网站和微信公众号|Dated|||规划科|信用科||2025-12-31||NotStarted 0%",
        ], await OfficeSheets.LedgerAsync(office, result.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Splitting_can_be_turned_off_and_the_cell_stays_one_measure()
    {
        var office = await world.As("office");
        var form = TestSheet.Form(OfficeSheets.MergedCategories(), world.Commission.Id);
        form.Add(new StringContent(JsonSerializer.Serialize(new { headerRow = 3, columns = OfficeSheets.MergedCategoriesMapping, splitNumbered = false })), "mapping");

        var result = JsonDocument.Parse(await (await office.PostAsync(Url, form)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(0, result.GetProperty("splitRows").GetInt32());
        var ledger = await OfficeSheets.LedgerAsync(office, result.GetProperty("id").GetGuid());
        Assert.Equal(4, ledger.Count);
        Assert.Contains("|一是建立重大项目调度台账，每月调度一次；二是对审批超时的项目逐个约谈经办人员|", ledger[0]);
    }

    [Theory]
    [InlineData("merged")]
    [InlineData("first-column")]
    public async Task A_round_made_from_an_office_sheet_exports_and_imports_back_exactly(string layout)
    {
        var office = await world.As("office");
        var (sheet, mapping, row) = layout == "merged"
            ? (OfficeSheets.MergedCategories(), OfficeSheets.MergedCategoriesMapping, 0)
            : (OfficeSheets.FirstColumnCategories(), OfficeSheets.FirstColumnCategoriesMapping, 1);
        var first = await Ledger.Id(await office.PostAsync(Url, OfficeSheets.Form(sheet, world.Commission.Id, mapping, row)));
        var exported = await (await office.GetAsync($"/api/v1/ledger/export.xlsx?roundId={first}")).Content.ReadAsByteArrayAsync();

        var second = await Ledger.Id(await office.PostAsync(Url, TestSheet.Form(exported, world.Commission.Id)));

        Assert.Equal(await OfficeSheets.LedgerAsync(office, first), await OfficeSheets.LedgerAsync(office, second));
    }

    [Fact]
    public async Task Every_error_of_an_office_sheet_quotes_its_cell_and_value_and_nothing_is_written()
    {
        var office = await world.As("office");
        var before = (await Ledger.GetJson(office, "/api/v1/rounds")).GetArrayLength();
        var sheet = TestSheet.Build([
            ["序号", "问题", "整改措施", "措施类型", "责任单位", "完成时限"],
            ["1", "政府采购程序不规范", "修订采购内控制度", "限期整改", "规划科", "2025年秋季"],
            ["2", "公务用车管理不严", "建立派车登记制度", "限期整改", "规划科、能源科", "2025年6月底"],
            ["3", "档案管理混乱", "全面整理近三年档案", "限期整改", "信用科", "立行立改"],
        ]);
        var mapping = new Dictionary<string, string>
        {
            ["具体问题"] = "问题",
            ["整改措施"] = "整改措施",
            ["措施类型"] = "措施类型",
            ["责任单位"] = "责任单位",
            ["完成时限"] = "完成时限",
        };

        var response = await office.PostAsync(Url, OfficeSheets.Form(sheet, world.Commission.Id, mapping, 1));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("row").GetInt32()}|{e.GetProperty("message").GetString()}");
        Assert.Equal([
            "2|F2单元格“2025年秋季”：完成时限无法识别（可写2025年6月30日、2025-6-30、2025/6/30、2025.6.30、2025年6月底、2025年12月、2025年底前、立行立改或长期坚持）",
            "3|E3单元格“规划科、能源科”：单位“能源科”不存在或不在本单位范围内",
            "4|F4单元格“立行立改”：完成时限写的是“立行立改”，与措施类型“限期整改”不一致",
        ], errors);
        Assert.Equal(before, (await Ledger.GetJson(office, "/api/v1/rounds")).GetArrayLength());
    }

    [Fact]
    public async Task A_file_that_is_no_workbook_is_refused_in_plain_words_and_nothing_is_written()
    {
        var office = await world.As("office");
        var before = (await Ledger.GetJson(office, "/api/v1/rounds")).GetArrayLength();
        var csv = System.Text.Encoding.UTF8.GetBytes("序号,问题,整改措施\n1,会风不正,精简会议\n");

        var response = await office.PostAsync(Url, TestSheet.Form(csv, world.Commission.Id));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("无法读取该文件", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        Assert.Equal(before, (await Ledger.GetJson(office, "/api/v1/rounds")).GetArrayLength());
    }
}
