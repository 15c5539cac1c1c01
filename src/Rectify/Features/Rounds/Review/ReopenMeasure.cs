using System.ComponentModel.DataAnnotations;
using Rectify.Platform.Data;

namespace Rectify.Features.Rounds.Review;

public sealed record ReopenInput([property: Required(ErrorMessage = "请写明重新打开的理由"), StringLength(1000, ErrorMessage = "理由不能超过1000字")] string Reason);

/// <summary>A closed measure that rebounded goes back to work; its history keeps the reason.</summary>
public sealed class ReopenMeasure(RectifyDbContext db, RoundAccess access)
{
    public async Task HandleAsync(Guid measureId, ReopenInput input, CancellationToken ct)
    {
        var measure = await access.MeasureToChangeAsync(measureId, ct);
        measure.Reopen(input.Reason);
        await db.SaveChangesAsync(ct);
    }
}
