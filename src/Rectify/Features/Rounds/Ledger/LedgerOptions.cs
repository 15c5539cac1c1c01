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
}
