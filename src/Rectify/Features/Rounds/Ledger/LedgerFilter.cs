namespace Rectify.Features.Rounds.Ledger;

/// <summary>What a ledger view shows: a round or the whole scope, narrowed by status, unit, leader, kind, lights and text.</summary>
public sealed record LedgerFilter
{
    public Guid? RoundId { get; init; }
    /// <summary>One measure: its details page reuses the ledger row.</summary>
    public Guid? MeasureId { get; init; }
    public MeasureStatus? Status { get; init; }
    /// <summary>不含已完成: every status but closed (stage results stay, they are followed up).</summary>
    public bool Open { get; init; }
    public Guid? UnitId { get; init; }
    public string? Leader { get; init; }
    public MeasureKind? Kind { get; init; }
    public bool Overdue { get; init; }
    public bool DueSoon { get; init; }
    /// <summary>滞后: behind its scheduled progress by more than the round's margin (the stored warning).</summary>
    public bool Lagging { get; init; }
    /// <summary>未按期报送进展: a long-term measure without progress in its period (the stored warning).</summary>
    public bool ProgressMissing { get; init; }
    /// <summary>A Chinese substring of the problem or the measure.</summary>
    public string? Text { get; init; }
    /// <summary>outline (default), timeLimit, unit, status, progress, changed (latest change first; desc: oldest first).</summary>
    public string? Sort { get; init; }
    public bool Desc { get; init; }
    public int? Page { get; init; }
    /// <summary>The next page's cursor (<see cref="LedgerCursor"/>), for the outline and time-limit orders.</summary>
    public string? After { get; init; }
    /// <summary>Count the view even where its total would be estimated, and its summary afresh rather than from kept figures.</summary>
    public bool Exact { get; init; }
    public int? PageSize { get; init; }
}
