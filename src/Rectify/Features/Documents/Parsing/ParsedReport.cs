namespace Rectify.Features.Documents.Parsing;

/// <summary>A draft round read from a published rectification report (or a self-examination text).</summary>
public sealed record ParsedReport(
    string Kind,
    string? Title,
    string? Issuer,
    string? InspectingBody,
    string? InspectedUnit,
    string? StayStart,
    string? StayEnd,
    string? FeedbackDate,
    string? PublishedDate,
    IReadOnlyDictionary<string, int> Stated,
    ParsedCounts Counts,
    IReadOnlyList<ParsedSection> Sections,
    IReadOnlyList<ParseWarning> Warnings,
    string? CampaignName,
    string? Opening,
    string? OrganisationText,
    string? NextStepsText,
    string? ContactText,
    IReadOnlyList<StatedCompletion> Completion)
{
    public const string Rectification = "rectification";
    public const string SelfExamination = "self-examination";
}
