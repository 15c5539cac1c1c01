using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Supervision.Escalation;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;

namespace Rectify.Features.Supervision.Reminders;

/// <summary>
/// Delivers a 催办 to those it urges — the unit's staff and webhooks, and the responsible persons of its items — in
/// the same unit of work that records it: the urging and its messages are saved together or not at all.
/// </summary>
public sealed class UrgingNotices(RectifyDbContext db, Recipients recipients, OutboxWriter outbox)
{
    public async Task AddAsync(Escalation.Escalation urging, string unitName, CancellationToken ct)
    {
        var ids = urging.Items.Select(i => i.MeasureId).ToList();
        var items = await db.Set<Measure>().AsNoTracking().Where(m => ids.Contains(m.Id))
            .OrderBy(m => m.TimeLimit).Select(m => new { m.Text, m.TimeLimit, m.IsOverdue, m.ResponsiblePersonUserId }).ToListAsync(ct);
        var users = (await recipients.StaffOfAsync([urging.UnitId], ct))[urging.UnitId]
            .Concat(items.Where(i => i.ResponsiblePersonUserId is not null).Select(i => i.ResponsiblePersonUserId!.Value)).ToList();
        var lines = new List<string> { $"{unitName}：", urging.Reason, "", $"督办事项（{items.Count}项）：" };
        lines.AddRange(items.Select((m, n) =>
            $"{n + 1}. {MessageText.Short(m.Text, 60)}{(m.TimeLimit is { } t ? $"（时限{t.ToChinese()}{(m.IsOverdue ? "，已超期" : "")}）" : "")}"));
        lines.Add($"\n{urging.CreatedBy} {urging.On.ToChinese()}");
        var notice = new Notice($"urging:{urging.Id:N}", MessageKind.Urging, MessageText.Title($"【催办】{unitName}：{MessageText.Short(urging.Reason, 30)}"),
            string.Join("\n", lines), "/Supervision/Escalations");
        await outbox.AddAsync([new Addressed(notice, users, [urging.UnitId])], ct);
    }
}
