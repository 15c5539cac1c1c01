using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Supervision.Escalation;
using Rectify.Features.Supervision.Reminders;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;
using Rectify.Platform.Organization;

namespace Rectify.Features.Messages.Events;

/// <summary>
/// Words and recipients for the events of a save: the responsible unit's staff (and its group robots), the responsible
/// person, and for a return the one who asked for the close-out; for a talk the unit's staff and the persons talked with.
/// </summary>
public sealed class ActionNotices(RectifyDbContext db, Recipients recipients)
{
    private const int ListedItems = 20;
    private readonly Dictionary<Guid, Measure> known = [];

    public async Task<List<Addressed>> ComposeAsync(SavedEvents events, CancellationToken ct)
    {
        foreach (var m in db.ChangeTracker.Entries<Measure>()) known[m.Entity.Id] = m.Entity;
        var missing = events.Returned.Select(r => r.MeasureId).Where(id => !known.ContainsKey(id)).Distinct().ToList();
        foreach (var m in await db.Set<Measure>().AsNoTracking().Where(m => missing.Contains(m.Id)).ToListAsync(ct)) known[m.Id] = m;

        var measures = events.Assigned.Select(a => a.Measure).Concat(events.Reopened.Select(r => r.Measure))
            .Concat(events.Returned.Select(r => known.GetValueOrDefault(r.MeasureId)).OfType<Measure>()).ToList();
        var unitIds = measures.Select(m => m.ResponsibleUnitId).OfType<Guid>().Concat(events.Talks.Select(t => t.UnitId)).Distinct().ToList();
        var units = await db.Set<Unit>().AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new { u.Name, u.Path }, ct);
        var rounds = await RoundTitlesAsync(measures.Select(m => m.RoundId).Distinct().ToList(), ct);
        var staff = await recipients.StaffOfAsync(unitIds, ct);
        string UnitName(Guid id) => units.TryGetValue(id, out var u) ? u.Name : "责任单位";

        var result = new List<Addressed>();
        foreach (var group in events.Assigned.GroupBy(a => a.UnitId))
            result.Add(new Addressed(AssignedNotice(UnitName(group.Key), group.ToList(), rounds), Users(staff[group.Key], group.Select(a => a.Measure)), [group.Key]));
        foreach (var r in events.Returned)
        {
            if (!known.TryGetValue(r.MeasureId, out var m)) continue;
            var users = Users(m.ResponsibleUnitId is { } unit ? staff[unit] : [], [m]).Concat(r.RequestedById is { } by ? [by] : []).ToList();
            result.Add(new Addressed(ReturnedNotice(r, m, rounds[m.RoundId]), users, m.ResponsibleUnitId is { } u ? [u] : []));
        }
        foreach (var r in events.Reopened)
            result.Add(new Addressed(ReboundNotice(r, rounds[r.Measure.RoundId]),
                Users(r.Measure.ResponsibleUnitId is { } unit ? staff[unit] : [], [r.Measure]), r.Measure.ResponsibleUnitId is { } u ? [u] : []));
        foreach (var talk in events.Talks)
        {
            var talkedWith = await NamedUsersAsync(talk.Subject, units.TryGetValue(talk.UnitId, out var u) ? u.Path : null, ct);
            result.Add(new Addressed(await TalkNoticeAsync(talk, UnitName(talk.UnitId), ct), staff[talk.UnitId].Concat(talkedWith).ToList(), [talk.UnitId]));
        }
        return result;
    }

    private static List<Guid> Users(IEnumerable<Guid> staff, IEnumerable<Measure> measures) =>
        staff.Concat(measures.Select(m => m.ResponsiblePersonUserId).OfType<Guid>()).Distinct().ToList();

    private static Notice AssignedNotice(string unitName, List<Assignment> items, Dictionary<Guid, string> rounds)
    {
        var ordered = items.OrderBy(a => a.Measure.TimeLimit ?? DateOnly.MaxValue).ToList();
        var key = $"assigned:{ordered.Count}:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join(",", items.Select(a => $"{a.Measure.Id:N}{a.UnitId:N}{a.Version}").Order()))))[..40];
        if (ordered.Count == 1)
        {
            var m = ordered[0].Measure;
            return new Notice(key, MessageKind.Assigned, MessageText.Title($"【新交办】{MessageText.Short(m.Text, 30)}"),
                $"{unitName}：\n整改轮次：{rounds[m.RoundId]}\n整改措施：{MessageText.Short(m.Text, 200)}\n整改时限：{Limit(m, "")}\n请明确责任人，按时报送整改进展。",
                $"/Rounds/Measure/{m.Id}", m.Id);
        }
        var lines = new List<string> { $"{unitName}：", $"你单位新承担整改措施{ordered.Count}项：" };
        foreach (var round in ordered.GroupBy(a => a.Measure.RoundId))
        {
            lines.Add($"整改轮次：{rounds[round.Key]}");
            lines.AddRange(round.Take(ListedItems).Select((a, n) => $"{n + 1}. {MessageText.Short(a.Measure.Text, 60)}（{Limit(a.Measure, "时限")}）"));
            if (round.Count() > ListedItems) lines.Add($"另有{round.Count() - ListedItems}项，请在“我的待办”中查看。");
        }
        lines.Add("请明确责任人，按时报送整改进展。");
        return new Notice(key, MessageKind.Assigned, MessageText.Title($"【新交办】{unitName}新承担整改措施{ordered.Count}项"), string.Join("\n", lines), "/Todo");
    }

    private static Notice ReturnedNotice(Return r, Measure m, string round) => new(r.Key, MessageKind.CloseOutReturned,
        MessageText.Title($"【销号退回】{MessageText.Short(m.Text, 30)}"),
        $"整改轮次：{round}\n整改措施：{MessageText.Short(m.Text, 200)}\n退回理由：{r.Reason ?? m.ReturnReason ?? "未写明"}\n请按退回意见补充整改和佐证材料后，重新申请销号。",
        $"/Rounds/Measure/{m.Id}", m.Id);

    private static Notice ReboundNotice(Reopening r, string round) => new($"reopened:{r.Measure.Id:N}:v{r.Version}", MessageKind.Rebound,
        MessageText.Title($"【反弹重启】{MessageText.Short(r.Measure.Text, 30)}"),
        $"整改轮次：{round}\n整改措施：{MessageText.Short(r.Measure.Text, 200)}\n重新打开原因：{r.Measure.ReopenReason ?? r.Measure.ReturnReason}\n该措施已重新打开，请重新组织整改并报送进展。",
        $"/Rounds/Measure/{r.Measure.Id}", r.Measure.Id);

    private async Task<Notice> TalkNoticeAsync(Escalation talk, string unitName, CancellationToken ct)
    {
        var ids = talk.Items.Select(i => i.MeasureId).ToList();
        var items = await db.Set<Measure>().AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.TimeLimit).Select(m => m.Text).ToListAsync(ct);
        var lines = new List<string> { $"{unitName}：", $"约谈对象：{talk.Subject}", $"约谈时间：{talk.On.ToChinese()}", $"约谈事由：{talk.Reason}" };
        if (items.Count > 0)
        {
            lines.Add($"涉及整改措施{items.Count}项：");
            lines.AddRange(items.Take(ListedItems).Select((t, n) => $"{n + 1}. {MessageText.Short(t, 60)}"));
        }
        lines.Add($"\n{talk.CreatedBy} {talk.CreatedAt.ToChinese()}");
        return new Notice($"talk:{talk.Id:N}", MessageKind.Talk, MessageText.Title($"【约谈通知】{unitName}：{MessageText.Short(talk.Subject, 40)}"),
            string.Join("\n", lines), "/Supervision/Escalations");
    }

    /// <summary>Accounts of the unit (or below it) whose full name the talk's subject names.</summary>
    private async Task<List<Guid>> NamedUsersAsync(string subject, string? unitPath, CancellationToken ct)
    {
        if (unitPath is null) return [];
        var candidates = await db.Users.AsNoTracking().Where(u => u.IsActive)
            .Join(db.Set<Unit>().Where(x => x.Path.StartsWith(unitPath)), u => u.UnitId, x => x.Id, (u, _) => new { u.Id, u.FullName }).ToListAsync(ct);
        return candidates.Where(c => c.FullName.Length >= 2 && subject.Contains(c.FullName, StringComparison.Ordinal)).Select(c => c.Id).ToList();
    }

    private static string Limit(Measure m, string prefix) => m.Kind switch
    {
        MeasureKind.LongTerm => "长期坚持",
        _ when m.TimeLimit is { } t => prefix + t.ToChinese(),
        MeasureKind.Immediate => "立行立改",
        _ => "未定",
    };

    private async Task<Dictionary<Guid, string>> RoundTitlesAsync(List<Guid> ids, CancellationToken ct)
    {
        var titles = db.ChangeTracker.Entries<Round>().Where(e => ids.Contains(e.Entity.Id)).ToDictionary(e => e.Entity.Id, e => e.Entity.Title);
        var rest = ids.Where(id => !titles.ContainsKey(id)).ToList();
        foreach (var r in await db.Set<Round>().AsNoTracking().Where(r => rest.Contains(r.Id)).Select(r => new { r.Id, r.Title }).ToListAsync(ct))
            titles[r.Id] = r.Title;
        foreach (var id in ids.Where(id => !titles.ContainsKey(id))) titles[id] = "";
        return titles;
    }
}
