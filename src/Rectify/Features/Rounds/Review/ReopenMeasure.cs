using System.ComponentModel.DataAnnotations;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Review;

public sealed record ReopenInput(
    [property: Required(ErrorMessage = RoundsErrors.ReopenNeedsReason), StringLength(1000, ErrorMessage = RoundsErrors.ReopenReasonTooLong)] string Reason);

/// <summary>A closed measure that rebounded goes back to work; its history keeps the reason.</summary>
public sealed class ReopenMeasure(RectifyDbContext db, RoundAccess access)
{
    public async Task HandleAsync(Guid measureId, ReopenInput input, CancellationToken ct)
    {
        await ReopenAsync(measureId, input, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Reopens the measure in the caller's unit of work: a look-back's rebound is saved with its decision.</summary>
    public async Task ReopenAsync(Guid measureId, ReopenInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var measure = await access.MeasureToChangeAsync(measureId, ct);
        measure.Reopen(input.Reason);
    }
}
