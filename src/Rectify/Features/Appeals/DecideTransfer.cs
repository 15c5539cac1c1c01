using Microsoft.Extensions.Options;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>The office consents to a unit's 转办 (the new unit gets its own time limit) or refuses it.</summary>
public sealed class DecideTransfer(RectifyDbContext db, AppealAccess access, WorkingDayCalendar calendar, IOptions<AppealOptions> deadlines, AppealNotices notices)
{
    public async Task HandleAsync(Guid id, DecisionInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var appeal = await access.ForOfficeAsync(id, ct);
        if (input.Approve)
        {
            appeal.ConsentTransfer(deadlines.Value, calendar, await access.MomentAsync(ct));
            await notices.AssignedAsync(appeal, reopened: false, ct);
        }
        else appeal.RefuseTransfer(input.Reason ?? "");
        await db.SaveChangesAsync(ct);
    }
}
