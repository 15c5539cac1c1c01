using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Review;

public sealed record ApproveCloseOutsInput(
    [property: Required(ErrorMessage = RoundsErrors.BatchEmpty), MinLength(1, ErrorMessage = RoundsErrors.BatchEmpty),
               MaxLength(ApproveCloseOuts.MaxBatch, ErrorMessage = RoundsErrors.BatchTooLarge)] IReadOnlyList<Guid> MeasureIds);

/// <summary>How one measure of a batch fared: approved, or refused with the reason a clerk reads.</summary>
public sealed record BatchOutcome(Guid MeasureId, bool Approved, string Message);

/// <summary>
/// The office approves several close-outs at once (批量销号): each is decided and saved on its own, so one refused (already
/// decided, out of scope) does not hold back the others, and each outcome is reported.
/// </summary>
public sealed class ApproveCloseOuts(RectifyDbContext db, ReviewCloseOut review)
{
    public const int MaxBatch = 100;

    public async Task<IReadOnlyList<BatchOutcome>> HandleAsync(ApproveCloseOutsInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var outcomes = new List<BatchOutcome>();
        foreach (var id in input.MeasureIds.Distinct())
        {
            try
            {
                await review.HandleAsync(id, new ReviewCloseOutInput(ReviewDecision.Approve, null), ct);
                outcomes.Add(new BatchOutcome(id, true, RoundsErrors.BatchApproved));
            }
            catch (Exception e) when (e is RuleViolation or NotFoundException or ForbiddenException)
            {
                outcomes.Add(new BatchOutcome(id, false, e.Message));
            }
            catch (DbUpdateConcurrencyException)
            {
                outcomes.Add(new BatchOutcome(id, false, RoundsErrors.BatchConflict));
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return outcomes;
    }
}
