using Rectify.Platform.Data;

namespace Rectify.Features.Dashboard;

/// <summary>
/// The dashboard's counts of one round and responsible unit (<see cref="Guid.Empty"/>: none named) as counted on
/// <see cref="CountedOn"/> (lights and weeks move with the date): valid only that day and only while the round has no
/// <see cref="RoundChange"/>. Derived data, kept by <see cref="KeptCounts"/>, left out of the audit.
/// </summary>
[Derived]
public sealed class KeptCount
{
    public Guid RoundId { get; init; }
    public Guid UnitId { get; init; }
    public DateOnly CountedOn { get; init; }
    public int Measures { get; set; }
    public int Closed { get; set; }
    public int StageResult { get; set; }
    public int InProgress { get; set; }
    public int NotStarted { get; set; }
    public int PendingReview { get; set; }
    public int Overdue { get; set; }
    public int DueSoon { get; set; }
    public int Lagging { get; set; }
    /// <summary>Measures closed (销号) in each of the <see cref="LiveCounts.Weeks"/> weeks shown, oldest first.</summary>
    public int[] ClosedPerWeek { get; init; } = new int[LiveCounts.Weeks];

    public void Add(KeptCount other)
    {
        Measures += other.Measures;
        Closed += other.Closed;
        StageResult += other.StageResult;
        InProgress += other.InProgress;
        NotStarted += other.NotStarted;
        PendingReview += other.PendingReview;
        Overdue += other.Overdue;
        DueSoon += other.DueSoon;
        Lagging += other.Lagging;
        for (var w = 0; w < ClosedPerWeek.Length; w++) ClosedPerWeek[w] += other.ClosedPerWeek[w];
    }
}
