using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Data;

namespace Rectify.Features.Dashboard;

/// <summary>
/// A round's figures for the ledger's summary in one view (all measures, or one filter such as 超期), as counted on
/// <see cref="CountedOn"/>. Kept and replaced with the round's <see cref="KeptCount"/> rows in one transaction and valid
/// while they are; no row means no measure in that view. Derived data, left out of the audit.
/// </summary>
[Derived]
public sealed class KeptSummary
{
    public Guid RoundId { get; init; }
    public LedgerView View { get; init; }
    public DateOnly CountedOn { get; init; }
    public int Problems { get; init; }
    public int Measures { get; init; }
    public int CompletedProblems { get; init; }
    public int StageResultProblems { get; init; }
    public int Closed { get; init; }
    public int LongTerm { get; init; }
    public int Overdue { get; init; }
    public int PendingReview { get; init; }

    public static KeptSummary Of(Guid roundId, LedgerView view, DateOnly today, LedgerFigures f) => new()
    {
        RoundId = roundId, View = view, CountedOn = today, Problems = f.Problems, Measures = f.Measures, CompletedProblems = f.CompletedProblems,
        StageResultProblems = f.StageResultProblems, Closed = f.Closed, LongTerm = f.LongTerm, Overdue = f.Overdue, PendingReview = f.PendingReview,
    };

    public LedgerFigures Figures => new(Problems, Measures, CompletedProblems, StageResultProblems, Closed, LongTerm, Overdue, PendingReview);
}
