using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

/// <summary>
/// A round about to be created again — from a report or sheet already imported, or with the title and inspected unit of
/// one that exists. Refused (409) with the existing round, so the office opens it or goes on only by its explicit choice.
/// </summary>
public sealed class DuplicateRound(string message, Guid existingRoundId, string existingTitle) : RuleViolation(message)
{
    public Guid ExistingRoundId { get; } = existingRoundId;
    public string ExistingTitle { get; } = existingTitle;

    public override IReadOnlyDictionary<string, object?> Extensions => new Dictionary<string, object?>
    {
        ["existingRoundId"] = ExistingRoundId,
        ["existingRoundTitle"] = ExistingTitle,
        ["existingRoundUrl"] = $"/Rounds/Structure/{ExistingRoundId}",
    };
}
