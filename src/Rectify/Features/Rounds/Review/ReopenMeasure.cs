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
        Inputs.Checked(input);
        var measure = await access.MeasureToChangeAsync(measureId, ct);
        measure.Reopen(input.Reason);
        await db.SaveChangesAsync(ct);
    }
}
