using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.Features.Rounds.Structure;

public sealed record UpdateRoundInput(RoundDetailsInput Details, int Version, string? OrganisationText, string? NextStepsText, string? ContactText);

public sealed class UpdateRound(RectifyDbContext db, RoundAccess access, UserScope user)
{
    public async Task HandleAsync(Guid roundId, UpdateRoundInput input, CancellationToken ct)
    {
        Inputs.Checked(input.Details);
        var round = await access.RoundToChangeAsync(roundId, ct);
        db.ExpectVersion(round, input.Version);
        await CreateRound.RequireUnitInScopeAsync(db, await user.LoadAsync(ct), input.Details.InspectedUnitId, ct);
        round.Update(input.Details);
        round.OrganisationText = input.OrganisationText;
        round.NextStepsText = input.NextStepsText;
        round.ContactText = input.ContactText;
        await db.SaveChangesAsync(ct);
    }
}
