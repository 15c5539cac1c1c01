namespace Rectify.Features.Rounds.Ledger;

/// <summary>One measure in a ledger, with its problem and the section path above it.</summary>
public sealed record LedgerRow(
    Guid MeasureId, Guid RoundId, string RoundTitle, Guid ProblemId, string ProblemLabel, string ProblemTitle,
    IReadOnlyList<string> SectionPath, string MeasureLabel, string Text, MeasureKind Kind,
    string? LeadLeader, string? ResponsibleLeader, Guid? ResponsibleUnitId, string? ResponsibleUnit,
    IReadOnlyList<string> CooperatingUnits, string? ResponsiblePerson,
    DateOnly? TimeLimit, bool TimeLimitUncertain, MeasureStatus Status, int LatestPercent, DateOnly? LatestProgressOn,
    string? LatestProgressText, string? ReturnReason, MeasureLights Lights, int Version, string? ReopenReason = null)
{
    public string StatusLabel => MeasureStatusNames.Label(Status, ReturnReason, ReopenReason);
}
