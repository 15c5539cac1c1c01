using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Ledger;

public sealed record RoundDetails(
    Guid Id, RoundKind Kind, string Title, string? CampaignName, string? Topic, string InspectingBody,
    Guid InspectedUnitId, string InspectedUnit, DateOnly? StayStart, DateOnly? StayEnd, DateOnly? FeedbackDate,
    DateOnly? PublishedDate, string? Issuer, string? FirstResponsible, string? OrganisationText, string? NextStepsText,
    string? ContactText, int LaggingMargin, int DueSoonDays, int Version, string? ImportNotes, int ProgressPeriodMonths, int LookBackMonths,
    bool CloseOutEvidenceOptional);

public sealed class RoundDetailsQuery(RectifyDbContext db, RoundAccess access)
{
    public async Task<RoundDetails> HandleAsync(Guid roundId, CancellationToken ct)
    {
        var rounds = await access.VisibleRoundsAsync(ct);
        return await rounds.Where(r => r.Id == roundId).Select(r => new RoundDetails(
                r.Id, r.Kind, r.Title, r.CampaignName, r.Topic, r.InspectingBody, r.InspectedUnitId,
                db.Set<Unit>().Where(u => u.Id == r.InspectedUnitId).Select(u => u.Name).FirstOrDefault() ?? "",
                r.StayStart, r.StayEnd, r.FeedbackDate, r.PublishedDate, r.Issuer, r.FirstResponsible,
                r.OrganisationText, r.NextStepsText, r.ContactText, r.LaggingMargin, r.DueSoonDays, r.Version, r.ImportNotes,
                r.ProgressPeriodMonths, r.LookBackMonths, r.CloseOutEvidenceOptional))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException(RoundsErrors.RoundNotFound);
    }
}
