using System.Text.Json;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.Features.Audit;

/// <summary>The audit's stored names as its Chinese reader knows them.</summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Entities = new()
    {
        [SecurityEventNames.EntityType] = "安全事件",
        ["Round"] = "轮次",
        ["Section"] = "问题类别",
        ["Problem"] = "问题",
        ["Measure"] = "整改措施",
        ["MeasureCooperatingUnit"] = "配合单位",
        ["ProgressUpdate"] = "整改进展",
        ["Evidence"] = "佐证材料",
        ["CloseOut"] = "销号申请",
        ["RoundChange"] = "轮次变更",
        ["BulletinEdit"] = "通报修改",
        ["IssuedBulletin"] = "印发通报",
        ["IssuedBulletinFile"] = "通报文件",
        ["Dispatch"] = "督办单",
        ["DispatchMeasure"] = "督办措施",
        ["DispatchUnit"] = "督办单位",
        ["Escalation"] = "提级督办",
        ["EscalationItem"] = "提级督办事项",
        ["LookBack"] = "回头看",
        ["ProblemLink"] = "举一反三关联",
        ["SheetImport"] = "台账导入",
        ["HotlineImport"] = "12345热线导入",
        ["SheetMapping"] = "表格对应关系",
        ["Unit"] = "单位",
        ["User"] = "用户",
        ["WebhookEndpoint"] = "消息接收地址",
        ["OutboxMessage"] = "消息",
    };

    public static string Entity(string entityType) => Entities.GetValueOrDefault(entityType, "其他记录");

    /// <summary>The stored type for a label the reader typed (整改措施 → Measure), or null.</summary>
    public static string? EntityTypeOf(string label) => Entities.FirstOrDefault(e => e.Value == label.Trim()).Key;

    public static IEnumerable<string> EntityLabels => Entities.Values;

    public static string Kind(AuditKind kind) => kind == AuditKind.SecurityEvent ? "安全事件" : "数据变更";

    /// <summary>Field changes in one line: 字段：前 → 后；…</summary>
    public static string Changes(string json)
    {
        var changes = JsonSerializer.Deserialize<List<FieldChange>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
        return string.Join("；", changes.Select(c => c.Before is null ? $"{c.Field}：{c.After}"
            : c.After is null ? $"{c.Field}：{c.Before}（删除）" : $"{c.Field}：{c.Before} → {c.After}"));
    }

    /// <summary>A moment to the second in China's time: 2024年4月18日 10:00:05.</summary>
    public static string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Rectify.Platform.Calendar.ChinaClock.Zone).ToString("yyyy年M月d日 HH:mm:ss");
}
