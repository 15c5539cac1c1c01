using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Review;

public sealed record RequestCloseOutInput(
    [property: Required(ErrorMessage = RoundsErrors.CloseOutNeedsNote), StringLength(2000, ErrorMessage = RoundsErrors.CloseOutNoteTooLong)] string? Note);

/// <summary>The responsible unit hands in a finished measure (交账) with its 完成情况说明 and evidence for review.</summary>
public sealed class RequestCloseOut(RectifyDbContext db, RoundAccess access, UserScope user, TimeProvider time)
{
    public async Task HandleAsync(Guid measureId, RequestCloseOutInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var (measure, isResponsible) = await access.MeasureToReportAsync(measureId, ct);
        if (!isResponsible) throw new ForbiddenException(RoundsErrors.OnlyResponsibleUnitRequests);
        var evidence = await db.Set<Evidence>().CountAsync(e => e.MeasureId == measureId, ct);
        var required = !await db.Set<Round>().Where(r => r.Id == measure.RoundId).Select(r => r.CloseOutEvidenceOptional).SingleAsync(ct);
        var scope = await user.LoadAsync(ct);
        measure.RequestCloseOut(new CloseOutRequest(input.Note, evidence, required, scope.UserId, scope.FullName, time.GetUtcNow(), time.Today()));
        await db.SaveChangesAsync(ct);
    }
}
