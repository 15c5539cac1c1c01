using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Review;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision.LookBacks;

public enum LookBackResult { Held, Rebounded }

public sealed record ReviewLookBackInput(
    LookBackResult Result,
    [property: StringLength(1000, ErrorMessage = LookBackErrors.FindingTooLong)] string? Finding,
    int Version);

/// <summary>The office records a look-back: the rectification held, or it rebounded and the measure reopens.</summary>
public sealed class ReviewLookBack(RectifyDbContext db, RoundAccess access, ReopenMeasure reopen, UserScope user, TimeProvider time)
{
    public async Task HandleAsync(Guid lookBackId, ReviewLookBackInput input, CancellationToken ct)
    {
        if (input.Finding?.Length > 1000) throw RuleViolation.Invalid(LookBackErrors.FindingTooLong);
        var lookBack = await db.Set<LookBack>().SingleOrDefaultAsync(l => l.Id == lookBackId, ct)
            ?? throw new NotFoundException(LookBackErrors.NotFound);
        await access.RoundToChangeAsync(lookBack.RoundId, ct);
        db.ExpectVersion(lookBack, input.Version);
        var scope = await user.LoadAsync(ct);
        if (input.Result == LookBackResult.Held)
            lookBack.ConfirmHeld(input.Finding, scope.UserId, scope.FullName, time.GetUtcNow());
        else
        {
            lookBack.RecordRebound(input.Finding ?? "", scope.UserId, scope.FullName, time.GetUtcNow());
            await reopen.ReopenAsync(lookBack.MeasureId, new ReopenInput(lookBack.ReopenReason), ct);
        }
        // One save: the look-back's decision and the measure it reopens stand or fall together.
        await db.SaveChangesAsync(ct);
    }
}
