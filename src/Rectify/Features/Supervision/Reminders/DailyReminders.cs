using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;
using Rectify.Platform.Organization;

namespace Rectify.Features.Supervision.Reminders;

public sealed record ReminderResult(int DueSoon, int Overdue, int Messages);

/// <summary>
/// The day's reminders, from the stored warnings: to the responsible person and the unit's staff (and the unit's
/// webhooks) when a measure's time limit comes near (临期) and when it has passed (超期), and to the office that runs
/// the round of each newly overdue measure. Each reminder is keyed by the measure, the reason and the time limit, so
/// a second run — a restart, another instance — adds nothing, and a new time limit is reminded of anew. A time limit
/// that passed while nobody ran this is still reminded of for a week; older ones were reminded of then.
/// </summary>
public sealed class DailyReminders(RectifyDbContext db, Recipients recipients, OutboxWriter outbox)
{
    public const int OverdueWindowDays = 7;
    private const int ChunkSize = 1_000;

    public async Task<ReminderResult> RunAsync(DateOnly today, CancellationToken ct)
    {
        var from = today.AddDays(-OverdueWindowDays);
        var open = new[] { MeasureStatus.NotStarted, MeasureStatus.InProgress, MeasureStatus.CloseOutRequested };
        var items = await db.Set<Measure>().AsNoTracking()
            .Where(m => open.Contains(m.Status) && m.TimeLimit >= from && (m.IsDueSoon || (m.IsOverdue && m.TimeLimit < today)))
            .Join(db.Set<Round>(), m => m.RoundId, r => r.Id, (m, r) => new { m, RoundTitle = r.Title })
            .Select(x => new Item(x.m.Id, x.m.RoundId, x.RoundTitle, x.m.Text, x.m.ResponsibleUnitId,
                db.Set<Unit>().Where(u => u.Id == x.m.ResponsibleUnitId).Select(u => u.Name).FirstOrDefault(),
                x.m.ResponsiblePersonUserId, x.m.TimeLimit!.Value, x.m.IsOverdue, x.m.LatestPercent, x.m.Status))
            .ToListAsync(ct);
        if (items.Count == 0) return new ReminderResult(0, 0, 0);

        var staff = await recipients.StaffOfAsync(items.Where(i => i.UnitId is not null).Select(i => i.UnitId!.Value).Distinct().ToList(), ct);
        var offices = await recipients.OfficesOfRoundsAsync(items.Where(i => i.Overdue).Select(i => i.RoundId).Distinct().ToList(), ct);
        var written = 0;
        // Written and saved a chunk at a time, so a province's day stays small in memory; keys make a rerun resume.
        foreach (var chunk in items.Chunk(ChunkSize))
        {
            var batch = new List<Addressed>();
            foreach (var item in chunk)
            {
                var users = new List<Guid>();
                if (item.PersonUserId is { } person) users.Add(person);
                if (item.UnitId is { } unit) users.AddRange(staff[unit]);
                var units = item.UnitId is { } u ? new[] { u } : [];
                batch.Add(new Addressed(item.Overdue ? OverdueNotice(item, today) : DueSoonNotice(item), users, units));
                if (item.Overdue && offices.TryGetValue(item.RoundId, out var office))
                    batch.Add(new Addressed(OfficeNotice(item), office.UserIds, [office.UnitId]));
            }
            written += await outbox.AddAsync(batch, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return new ReminderResult(items.Count(i => !i.Overdue), items.Count(i => i.Overdue), written);
    }

    private static Notice DueSoonNotice(Item i) => new(
        $"due-soon:{i.Id:N}:{i.TimeLimit:yyyyMMdd}", MessageKind.DueSoon,
        MessageText.Title($"【临期提醒】{MessageText.Short(i.Text, 30)}将于{i.TimeLimit.ToChinese()}到期"),
        $"{Describe(i)}\n整改时限：{i.TimeLimit.ToChinese()}，即将到期，请抓紧推进并及时报送进展。", Link(i), i.Id);

    private static Notice OverdueNotice(Item i, DateOnly today) => new(
        $"overdue:{i.Id:N}:{i.TimeLimit:yyyyMMdd}", MessageKind.Overdue,
        MessageText.Title($"【超期提醒】{MessageText.Short(i.Text, 30)}已超过整改时限"),
        $"{Describe(i)}\n整改时限：{i.TimeLimit.ToChinese()}，截至{today.ToChinese()}尚未完成，已超期。请说明原因、加快整改并报送进展。", Link(i), i.Id);

    private static Notice OfficeNotice(Item i) => new(
        $"overdue-office:{i.Id:N}:{i.TimeLimit:yyyyMMdd}", MessageKind.OverdueNotice,
        MessageText.Title($"【新增超期】{i.UnitName ?? "未明确责任单位"}：{MessageText.Short(i.Text, 30)}"),
        $"{Describe(i)}\n整改时限：{i.TimeLimit.ToChinese()}，已超期未完成。", Link(i), i.Id);

    private static string Describe(Item i) =>
        $"整改轮次：{i.RoundTitle}\n整改措施：{MessageText.Short(i.Text, 200)}\n责任单位：{i.UnitName ?? "未明确"}\n当前状态：{i.Status.Label()}，完成 {i.Percent}%";

    private static string Link(Item i) => $"/Rounds/Measure/{i.Id}";

    private sealed record Item(Guid Id, Guid RoundId, string RoundTitle, string Text, Guid? UnitId, string? UnitName,
        Guid? PersonUserId, DateOnly TimeLimit, bool Overdue, int Percent, MeasureStatus Status);
}
