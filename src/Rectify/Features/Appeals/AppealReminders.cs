using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Features.Supervision.Reminders;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;

namespace Rectify.Features.Appeals;

public sealed record AppealReminderResult(int DueSoon, int Overdue, int Messages);

/// <summary>
/// The day's appeal reminders, on the ledger's rules (<see cref="DailyReminders"/>): the unit holding an appeal hears when
/// its limit comes near (临期) and when it has passed (超期); the office running it hears of each newly overdue one. Keyed by
/// the appeal, the unit and the limit, so a rerun adds nothing and a transfer's fresh limit is reminded of anew. A limit
/// that passed while nobody ran this is still reminded of for a week.
/// </summary>
public sealed class AppealReminders(RectifyDbContext db, Recipients recipients, OutboxWriter outbox, WorkingDayCalendar calendar,
    IOptions<AppealOptions> options)
{
    public const int OverdueWindowDays = 7;

    public async Task<AppealReminderResult> RunAsync(DateOnly today, CancellationToken ct)
    {
        var from = today.AddDays(-OverdueWindowDays);
        var before = AppealLights.DueSoonBefore(today, options.Value.DueSoonDays, calendar);
        var items = await db.Set<Appeal>().AsNoTracking()
            .Where(a => (a.State == AppealState.Assigned || a.State == AppealState.TransferRequested) && a.UnitId != null
                && a.TimeLimit >= from && a.TimeLimit < before)
            .Select(a => new Item(a.Id, a.OwnerUnitId, a.UnitId!.Value, db.Set<Unit>().Where(u => u.Id == a.UnitId).Select(u => u.Name).First(),
                a.EnterpriseName, a.Title, a.State, a.TimeLimit!.Value, a.TimeLimitUncertain))
            .ToListAsync(ct);
        if (items.Count == 0) return new AppealReminderResult(0, 0, 0);

        var staff = await recipients.StaffOfAsync(items.Select(i => i.UnitId).Distinct().ToList(), ct);
        var owners = items.Where(i => i.TimeLimit < today).Select(i => i.OwnerUnitId).Distinct().ToList();
        var offices = (await db.Users.AsNoTracking().Where(u => u.IsActive && u.Role == Role.Office && owners.Contains(u.UnitId))
            .Select(u => new { u.UnitId, u.Id }).ToListAsync(ct)).ToLookup(u => u.UnitId, u => u.Id);
        var batch = new List<Addressed>();
        foreach (var item in items)
        {
            var overdue = item.TimeLimit < today;
            batch.Add(new Addressed(overdue ? OverdueNotice(item, today) : DueSoonNotice(item), staff[item.UnitId].ToList(), [item.UnitId]));
            if (overdue) batch.Add(new Addressed(OfficeNotice(item), offices[item.OwnerUnitId].ToList(), []));
        }
        var written = await outbox.AddAsync(batch, ct);
        await db.SaveChangesAsync(ct);
        return new AppealReminderResult(items.Count(i => i.TimeLimit >= today), items.Count(i => i.TimeLimit < today), written);
    }

    private static Notice DueSoonNotice(Item i) => new(
        $"appeal-due-soon:{i.Id:N}:{i.UnitId:N}:{i.TimeLimit:yyyyMMdd}", MessageKind.DueSoon,
        MessageText.Title($"【诉求临期】{i.EnterpriseName}：{MessageText.Short(i.Title, 30)}将于{i.TimeLimit.ToChinese()}到期"),
        $"{Describe(i)}\n办理时限即将到期，请抓紧办理并答复。", Link(i));

    private static Notice OverdueNotice(Item i, DateOnly today) => new(
        $"appeal-overdue:{i.Id:N}:{i.UnitId:N}:{i.TimeLimit:yyyyMMdd}", MessageKind.Overdue,
        MessageText.Title($"【诉求超期】{i.EnterpriseName}：{MessageText.Short(i.Title, 30)}已超过办理时限"),
        $"{Describe(i)}\n截至{today.ToChinese()}尚未答复，已超期。请加快办理、尽快答复，并说明超期原因。", Link(i));

    private static Notice OfficeNotice(Item i) => new(
        $"appeal-overdue-office:{i.Id:N}:{i.UnitId:N}:{i.TimeLimit:yyyyMMdd}", MessageKind.OverdueNotice,
        MessageText.Title($"【诉求新增超期】{i.UnitName}：{MessageText.Short(i.Title, 30)}"),
        $"{Describe(i)}\n已超期未答复。", Link(i));

    private static string Describe(Item i) =>
        $"企业：{i.EnterpriseName}\n诉求：{MessageText.Short(i.Title, 100)}\n承办单位：{i.UnitName}\n当前状态：{i.State.Label()}\n"
        + $"办理时限：{i.TimeLimit.ToChinese()}{(i.Uncertain ? "（待定）" : "")}";

    private static string Link(Item i) => $"/Appeals/Details/{i.Id}";

    private sealed record Item(Guid Id, Guid OwnerUnitId, Guid UnitId, string UnitName, string EnterpriseName, string Title,
        AppealState State, DateOnly TimeLimit, bool Uncertain);
}
