using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.IntegrationTests.Documents;

/// <summary>
/// Sheets as offices make them, each in a layout of its own (texts written for these tests), with the mapping a clerk
/// would give; and the ledger read back as lines a reader compares.
/// </summary>
public static class OfficeSheets
{
    /// <summary>A title row, a 填报单位 line, category rows merged across, 进展情况, date wordings, multi-unit cells, footnotes.</summary>
    public static byte[] MergedCategories() => TestSheet.Build([
        ["示范市发展改革委巡察反馈问题整改任务清单"],
        ["填报单位：示范市发展和改革委员会", "", "", "", "", "填报日期：2025年3月5日"],
        ["序号", "问题描述", "整改措施", "责任单位", "完成时限", "进展情况", "备注"],
        ["一、贯彻落实党的路线方针政策方面"],
        ["1", "重大项目前期工作推进缓慢，部分项目审批超过承诺时限", "一是建立重大项目调度台账，每月调度一次；二是对审批超时的项目逐个约谈经办人员", "规划科、信用科", "2025年6月底", "已建立调度台账，完成60%", ""],
        ["2", "营商环境投诉办理不及时", "建立投诉限时办结制度", "信用科牵头，规划科配合", "2025年底前", "已完成", "见附件"],
        ["二、落实全面从严治党主体责任方面"],
        ["3", "党组会议专题研究党建工作次数偏少", "每季度至少专题研究一次党建工作", "规划科", "长期坚持", "", ""],
        ["4", "违规发放加班补贴", "立即清退违规发放的加班补贴", "信用科", "立行立改", "已完成", ""],
        [],
        ["注：完成时限以市委巡察办审定为准。"],
        ["填报人：李敏", "", "联系电话：0546-8327715"],
    ], "A1:G1", "A4:G4", "A7:G7");

    public static readonly object MergedCategoriesMapping = new Dictionary<string, string>
    {
        ["序号"] = "序号",
        ["具体问题"] = "问题描述",
        ["整改措施"] = "整改措施",
        ["责任单位"] = "责任单位",
        ["完成时限"] = "完成时限",
        ["整改进展"] = "进展情况",
    };

    /// <summary>Categories alone in the first column, (一)-style; 牵头单位 and 配合单位 columns; Excel dates and slashes; 完成情况.</summary>
    public static byte[] FirstColumnCategories() => TestSheet.Build([
        ["序号", "问题", "整改措施", "牵头单位", "配合单位", "整改时限", "完成情况"],
        ["（一）学习贯彻党的创新理论不够深入"],
        ["1", "理论学习中心组学习流于形式", "制定年度学习计划并严格执行", "规划科", "信用科", "45838", "推进中"],
        ["", "", "建立学习考勤通报制度", "信用科", "", "2025/9/30", "已完成"],
        ["（二）意识形态工作责任制落实不到位"],
        ["2", "意识形态阵地管理不严", "清理整顿单位网站和微信公众号", "规划科、信用科", "", "2025年12月", ""],
        [],
        [],
        ["审核人：王建华"],
        ["2025年3月10日"],
    ], "A3:A4", "B3:B4");

    public static readonly object FirstColumnCategoriesMapping = new Dictionary<string, string>
    {
        ["序号"] = "A",
        ["具体问题"] = "B",
        ["整改措施"] = "C",
        ["责任单位"] = "牵头单位",
        ["配合单位"] = "配合单位",
        ["完成时限"] = "整改时限",
        ["完成情况"] = "完成情况",
    };

    public static MultipartFormDataContent Form(byte[] xlsx, Guid unitId, object columns, int headerRow = 0, string title = "自制台账导入")
    {
        var form = TestSheet.Form(xlsx, unitId, title);
        form.Add(new StringContent(JsonSerializer.Serialize(new { headerRow, columns })), "mapping");
        return form;
    }

    /// <summary>The round's ledger, one line a measure: where it sits, what it says, who and when, and its progress.</summary>
    public static async Task<List<string>> LedgerAsync(HttpClient client, Guid roundId, bool withStatus = true)
    {
        var lines = new List<string>();
        for (var page = 1; ; page++)
        {
            var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/ledger?roundId={roundId}&pageSize=200&page={page}&sort=outline");
            var items = json.GetProperty("items").EnumerateArray().ToList();
            lines.AddRange(items.Select(r => string.Join("|",
                string.Join(" › ", r.GetProperty("sectionPath").EnumerateArray().Select(s => s.GetString())),
                r.GetProperty("problemLabel").GetString() + r.GetProperty("problemTitle").GetString(),
                r.GetProperty("measureLabel").GetString() + r.GetProperty("text").GetString(),
                r.GetProperty("kind").GetString(), Text(r, "leadLeader"), Text(r, "responsibleLeader"), Text(r, "responsibleUnit"),
                string.Join("、", r.GetProperty("cooperatingUnits").EnumerateArray().Select(u => u.GetString())),
                Text(r, "responsiblePerson"), Text(r, "timeLimit"), Text(r, "latestProgressText"),
                withStatus ? $"{r.GetProperty("status").GetString()} {r.GetProperty("latestPercent").GetInt32()}%" : "")));
            if (items.Count < 200) return lines;
        }
    }

    private static string Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
