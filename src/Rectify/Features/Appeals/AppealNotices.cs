using Microsoft.EntityFrameworkCore;
using Rectify.Features.Supervision.Reminders;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;

namespace Rectify.Features.Appeals;

/// <summary>
/// Messages through the outbox, in the action's save: a unit hears of an appeal assigned (or reassigned after 重办) and of a
/// reply sent back; the office hears of an appeal returned. No contact data in any message: the enterprise and the title.
/// </summary>
public sealed class AppealNotices(RectifyDbContext db, Recipients recipients, OutboxWriter outbox)
{
    public async Task AssignedAsync(Appeal appeal, bool reopened, CancellationToken ct)
    {
        if (appeal.UnitId is not { } unitId) return;
        var staff = (await recipients.StaffOfAsync([unitId], ct))[unitId].ToList();
        var tag = reopened ? "重办" : "企业诉求交办";
        var limit = appeal.TimeLimitUncertain ? $"{appeal.TimeLimit.ToChinese()}（待定）" : appeal.TimeLimit.ToChinese();
        var notice = new Notice($"appeal-assigned:{appeal.Id:N}:{appeal.Handlings.Count}", reopened ? MessageKind.AppealReopened : MessageKind.AppealAssigned,
            $"【{tag}】{appeal.EnterpriseName}：{appeal.Title}",
            $"{await UnitNameAsync(unitId, ct)}：\n企业：{appeal.EnterpriseName}\n诉求：{appeal.Title}\n办理时限：{limit}（{appeal.TimeLimitWorkingDays}个工作日）\n"
            + (reopened ? "企业对上次答复不满意，请重新办理并答复。" : "请及时办理，确属不属于本单位职责的，请说明理由退回。"),
            $"/Appeals/Details/{appeal.Id}");
        await outbox.AddAsync([new Addressed(notice, staff, [unitId])], ct);
    }

    public async Task ReplySentBackAsync(Appeal appeal, CancellationToken ct)
    {
        if (appeal.UnitId is not { } unitId) return;
        var staff = (await recipients.StaffOfAsync([unitId], ct))[unitId].ToList();
        var notice = new Notice($"appeal-sent-back:{appeal.Id:N}:{appeal.Handlings.Count}:{appeal.CurrentHandling?.SentBackCount}",
            MessageKind.AppealReturned, $"【答复退回重答】{appeal.EnterpriseName}：{appeal.Title}",
            $"{await UnitNameAsync(unitId, ct)}：\n你单位对该企业诉求的答复被退回重答。\n理由：{appeal.SendBackReason}\n办理时限：{appeal.TimeLimit.ToChinese()}",
            $"/Appeals/Details/{appeal.Id}");
        await outbox.AddAsync([new Addressed(notice, staff, [unitId])], ct);
    }

    public async Task ReturnedAsync(Appeal appeal, Guid fromUnitId, CancellationToken ct)
    {
        var offices = await db.Users.AsNoTracking().Where(u => u.IsActive && u.Role == Role.Office && u.UnitId == appeal.OwnerUnitId)
            .Select(u => u.Id).ToListAsync(ct);
        var notice = new Notice($"appeal-returned:{appeal.Id:N}:{appeal.ReturnCount}", MessageKind.AppealReturned,
            $"【诉求退回】{appeal.EnterpriseName}：{appeal.Title}",
            $"{await UnitNameAsync(fromUnitId, ct)}退回了该企业诉求，请重新交办。\n理由：{appeal.ReturnReason}",
            $"/Appeals/Details/{appeal.Id}");
        await outbox.AddAsync([new Addressed(notice, offices, [])], ct);
    }

    private Task<string> UnitNameAsync(Guid unitId, CancellationToken ct) =>
        db.Set<Unit>().Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(ct);
}
