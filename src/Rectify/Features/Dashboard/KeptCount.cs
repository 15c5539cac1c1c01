using Rectify.Platform.Data;

namespace Rectify.Features.Dashboard;

/// <summary>
/// The dashboard's counts of one round, responsible unit (<see cref="Guid.Empty"/>: none named) and close-out week, as
/// counted on <see cref="CountedOn"/> (the lights and weeks move with the date): valid only that day and only while the
/// round has no <see cref="RoundChange"/>. Derived data, kept by <see cref="KeptCounts"/>, left out of the audit.
/// </summary>
[Derived]
public sealed class KeptCount
{
    public Guid RoundId { get; init; }
    public Guid UnitId { get; init; }
    public int ClosedWeek { get; init; }
    public DateOnly CountedOn { get; init; }
    public int Measures { get; init; }
    public int Closed { get; init; }
    public int StageResult { get; init; }
    public int InProgress { get; init; }
    public int NotStarted { get; init; }
    public int PendingReview { get; init; }
    public int Overdue { get; init; }
    public int DueSoon { get; init; }
    public int Lagging { get; init; }
}
