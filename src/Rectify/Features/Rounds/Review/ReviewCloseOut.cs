using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Review;

public enum ReviewDecision { Approve, StageResult, Return }

public sealed record ReviewCloseOutInput(
    ReviewDecision Decision,
    [property: StringLength(1000, ErrorMessage = "理由不能超过1000字")] string? Reason);

/// <summary>The office closes a measure (销号), accepts a long-term one as stage results, or returns it with a reason.</summary>
public sealed class ReviewCloseOut(RectifyDbContext db, RoundAccess access, UserScope user, TimeProvider time)
{
    public async Task HandleAsync(Guid measureId, ReviewCloseOutInput input, CancellationToken ct)
    {
        var measure = await access.MeasureToChangeAsync(measureId, ct);
        var today = time.Today();
        switch (input.Decision)
        {
            case ReviewDecision.Approve: measure.ApproveCloseOut(today); break;
            case ReviewDecision.StageResult: measure.ApproveAsStageResult(today); break;
            default: measure.ReturnCloseOut(input.Reason ?? ""); break;
        }
        var pending = await db.Set<CloseOut>()
            .Where(c => c.MeasureId == measureId && c.Decision == CloseOutDecision.Pending)
            .OrderByDescending(c => c.RequestedAt).FirstOrDefaultAsync(ct);
        var decision = input.Decision switch
        {
            ReviewDecision.Approve => CloseOutDecision.Approved,
            ReviewDecision.StageResult => CloseOutDecision.StageResult,
            _ => CloseOutDecision.Returned,
        };
        pending?.Decide(decision, input.Reason, (await user.LoadAsync(ct)).FullName, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }
}
