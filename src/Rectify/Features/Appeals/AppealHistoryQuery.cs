using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

public sealed record AppealHistoryRow(DateTimeOffset At, string UserName, string What, IReadOnlyList<string> Details);

/// <summary>
/// An appeal's history from the audit: each step with who and when, the state as a clerk names it and the reasons given.
/// The contact never shows here, whoever reads.
/// </summary>
public sealed class AppealHistoryQuery(RectifyDbContext db, AppealAccess access)
{
    private static readonly Dictionary<string, string> Shown = new()
    {
        ["declineReason"] = "不予受理理由",
        ["returnReason"] = "退回理由",
        ["transferReason"] = "转办理由",
        ["transferRefusedReason"] = "不同意转办理由",
        ["replyText"] = "答复",
        ["sendBackReason"] = "退回重答理由",
        ["followUpNote"] = "回访情况",
        ["rating"] = "评价",
        ["ratingComment"] = "评价意见",
        ["timeLimit"] = "办理时限",
        ["tier"] = "诉求分级",
    };

    public async Task<IReadOnlyList<AppealHistoryRow>> HandleAsync(Guid id, CancellationToken ct)
    {
        if (!await (await access.VisibleAsync(ct)).AnyAsync(a => a.Id == id, ct)) throw new NotFoundException(AppealErrors.AppealNotFound);
        var subject = id.ToString();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectId == subject).OrderBy(e => e.Id)
            .Select(e => new { e.At, e.UserName, e.EntityType, e.Action, e.Changes }).ToListAsync(ct);
        return entries.Select(e =>
        {
            var changes = JsonSerializer.Deserialize<List<FieldChange>>(e.Changes, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
            var state = changes.FirstOrDefault(c => c.Field.Equals("state", StringComparison.OrdinalIgnoreCase));
            var what = e.EntityType switch
            {
                nameof(Appeal) when e.Action == "新增" => "登记诉求",
                nameof(Appeal) when state?.After is { } s && Enum.TryParse<AppealState>(s, out var st) => $"状态改为“{st.Label()}”",
                nameof(AppealConsultation) => "记录会商",
                nameof(AppealHandling) when e.Action == "新增" => "交办承办单位",
                nameof(AppealHandling) => "承办情况更新",
                nameof(AppealAttachment) => "上传附件",
                _ => "更新诉求",
            };
            var details = changes.Where(c => Shown.ContainsKey(ToCamel(c.Field)) && !string.IsNullOrEmpty(c.After))
                .Select(c => $"{Shown[ToCamel(c.Field)]}：{Value(ToCamel(c.Field), c.After!)}").ToList();
            return new AppealHistoryRow(e.At, e.UserName, what, details);
        }).ToList();
    }

    private static string ToCamel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];

    private static string Value(string field, string value) => field switch
    {
        "rating" when Enum.TryParse<Rating>(value, out var r) => r.Label(),
        "tier" when Enum.TryParse<AppealTier>(value, out var t) => t.Label(),
        "timeLimit" when DateOnly.TryParse(value, out var d) => d.ToString("yyyy年M月d日"),
        _ => value,
    };
}
