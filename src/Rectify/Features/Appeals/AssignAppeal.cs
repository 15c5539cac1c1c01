using Microsoft.Extensions.Options;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>交办 to a unit of the office's scope, with the tier's time limit in working days (also after 退回 and 重办).</summary>
public sealed class AssignAppeal(RectifyDbContext db, AppealAccess access, WorkingDayCalendar calendar, IOptions<AppealOptions> deadlines, AppealNotices notices)
{
    public async Task HandleAsync(Guid id, AssignInput input, CancellationToken ct)
    {
        var appeal = await access.ForOfficeAsync(id, ct);
        await access.CheckUnitAsync(input.UnitId, ct);
        var reopened = appeal.State == AppealState.Reopened;
        appeal.Assign(input.UnitId, input.Tier, input.WorkingDays, deadlines.Value, calendar, await access.MomentAsync(ct));
        await notices.AssignedAsync(appeal, reopened, ct);
        await db.SaveChangesAsync(ct);
    }
}
