using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>会商 of a 难点 appeal, recorded by the office: the units taking part and what each owes.</summary>
public sealed class ConsultAppeal(RectifyDbContext db, AppealAccess access)
{
    public async Task<Guid> HandleAsync(Guid id, ConsultInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var appeal = await access.ForOfficeAsync(id, ct);
        var unitIds = input.Participants.Select(p => p.UnitId).Distinct().ToList();
        if (await db.Units.CountAsync(u => unitIds.Contains(u.Id), ct) != unitIds.Count) throw RuleViolation.Invalid(AppealErrors.UnitNotFound);
        var consultation = appeal.RecordConsultation(input.HeldOn, input.Summary ?? "", input.Participants);
        await db.SaveChangesAsync(ct);
        return consultation.Id;
    }
}
