using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

/// <summary>The narratives a bulletin prints: 整改工作组织情况, 下步工作打算 and the contact details.</summary>
public sealed record RoundTextsInput(int Version, string? OrganisationText, string? NextStepsText, string? ContactText);

/// <summary>The office edits a round's narratives; a stale version is refused, so nobody's text is lost.</summary>
public sealed class UpdateRoundTexts(RectifyDbContext db, RoundAccess access)
{
    public const int MaxLength = 20000;

    public async Task HandleAsync(Guid roundId, RoundTextsInput input, CancellationToken ct)
    {
        if (new[] { input.OrganisationText, input.NextStepsText, input.ContactText }.Any(t => t?.Length > MaxLength))
            throw RuleViolation.Invalid(RoundsErrors.NarrativeTooLong);
        var round = await access.RoundToChangeAsync(roundId, ct);
        db.ExpectVersion(round, input.Version);
        round.OrganisationText = Clean(input.OrganisationText);
        round.NextStepsText = Clean(input.NextStepsText);
        round.ContactText = Clean(input.ContactText);
        await db.SaveChangesAsync(ct);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n").Trim();
}
