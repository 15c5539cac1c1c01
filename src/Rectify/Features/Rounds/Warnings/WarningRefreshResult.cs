namespace Rectify.Features.Rounds.Warnings;

/// <summary>What a refresh did: measures checked, flags changed, and the measures that became overdue.</summary>
public sealed record WarningRefreshResult(int Checked, int Changed, IReadOnlyList<Guid> NewlyOverdue);
