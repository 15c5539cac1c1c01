using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Review;

public sealed record RequestCloseOutInput([property: StringLength(2000, ErrorMessage = "说明不能超过2000字")] string? Note);

/// <summary>The responsible unit hands in a finished measure (交账) with its evidence for review.</summary>
public sealed class RequestCloseOut(RectifyDbContext db, RoundAccess access, UserScope user, TimeProvider time)
{
    public async Task HandleAsync(Guid measureId, RequestCloseOutInput input, CancellationToken ct)
    {
        var (measure, isResponsible) = await access.MeasureToReportAsync(measureId, ct);
        if (!isResponsible) throw new ForbiddenException(RoundsErrors.OnlyResponsibleUnitRequests);
        var hasEvidence = await db.Set<Evidence>().AnyAsync(e => e.MeasureId == measureId, ct);
        measure.RequestCloseOut(hasEvidence);
        var scope = await user.LoadAsync(ct);
        db.Add(new CloseOut(measureId, input.Note, scope.UserId, scope.FullName, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }
}
