using System.ComponentModel.DataAnnotations;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.Features.Rounds.Review;

public enum ReviewDecision { Approve, StageResult, Return }

public sealed record ReviewCloseOutInput(
    ReviewDecision Decision,
    [property: StringLength(1000, ErrorMessage = RoundsErrors.ReasonTooLong)] string? Reason);

/// <summary>The office closes a measure (销号), accepts a long-term one as stage results, or returns it with a reason.</summary>
public sealed class ReviewCloseOut(RectifyDbContext db, RoundAccess access, UserScope user, TimeProvider time)
{
    public async Task HandleAsync(Guid measureId, ReviewCloseOutInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var measure = await access.MeasureToReviewAsync(measureId, ct);
        var by = new CloseOutDecider((await user.LoadAsync(ct)).FullName, time.GetUtcNow(), time.Today());
        switch (input.Decision)
        {
            case ReviewDecision.Approve: measure.ApproveCloseOut(by); break;
            case ReviewDecision.StageResult: measure.ApproveAsStageResult(by); break;
            default: measure.ReturnCloseOut(input.Reason ?? "", by); break;
        }
        await db.SaveChangesAsync(ct);
    }
}
