namespace Rectify.Features.Rounds.Ledger;

/// <summary>
/// The summary's figures of whole rounds, kept between requests so that an office's ledger over hundreds of rounds states
/// exact figures without counting a million measures each time. The dashboard keeps them with its own counts (its
/// README, decision 0008) and implements this; Rounds only says what it needs, as it references no other feature.
/// </summary>
public interface IKeptLedgerFigures
{
    /// <summary>The figures of these whole rounds in this view as of today, every measure of each counted.</summary>
    Task<LedgerFigures> ReadAsync(IReadOnlyList<Guid> roundIds, LedgerView view, DateOnly today, CancellationToken ct);
}

/// <summary>The views of whole rounds whose figures are kept: all measures, or one filter the ledger offers alone.</summary>
public enum LedgerView
{
    All,
    /// <summary>不含已完成.</summary>
    Open,
    Overdue,
    DueSoon,
    Lagging,
    ProgressMissing,
}
