namespace Rectify.Features.Rounds.Ledger;

/// <summary>The ledger's settings (<c>Rectify:Ledger</c>).</summary>
public sealed class LedgerOptions
{
    public const string Section = "Rectify:Ledger";

    /// <summary>
    /// On PostgreSQL, a view the planner expects to hold more measures than this shows the planner's estimate instead of
    /// counting every row (共约20.5万条措施（估算）), unless exact=true asks for the count. One round's view, and SQLite,
    /// are always counted.
    /// </summary>
    public int EstimateAbove { get; set; } = 50_000;

    /// <summary>
    /// A numbered page of the time-limit order that starts at least this many rows in is located from the view's rows per
    /// time limit, counted with its total, and read from its date on, instead of sorting and skipping every row before it
    /// (a city office's 63,000 measures: 15–31 ms to sort and skip to pages 100–1,200, against 10 ms to count and read
    /// any page). Views too large to count skip their rows.
    /// </summary>
    public int LocateTimeLimitPagesFrom { get; set; } = 2_000;

    /// <summary>The largest view whose rows per time limit are counted to locate a page (more are skipped along the index).</summary>
    public int LocateTimeLimitPagesWithin { get; set; } = 100_000;
}
