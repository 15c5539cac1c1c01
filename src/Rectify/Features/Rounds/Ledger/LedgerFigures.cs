using Microsoft.EntityFrameworkCore;

namespace Rectify.Features.Rounds.Ledger;

/// <summary>
/// A view's figures in the summary's terms. <see cref="Problems"/> counts the problems with a measure in the view; a
/// problem is completed when all of them are closed, 取得阶段性成效 when all are closed or stage results and not all closed.
/// <see cref="LongTerm"/> counts long-term measures not closed.
/// </summary>
public sealed record LedgerFigures(
    int Problems, int Measures, int CompletedProblems, int StageResultProblems, int Closed, int LongTerm, int Overdue, int PendingReview)
{
    public static readonly LedgerFigures None = new(0, 0, 0, 0, 0, 0, 0, 0);

    public LedgerFigures Plus(LedgerFigures o) => new(Problems + o.Problems, Measures + o.Measures, CompletedProblems + o.CompletedProblems,
        StageResultProblems + o.StageResultProblems, Closed + o.Closed, LongTerm + o.LongTerm, Overdue + o.Overdue, PendingReview + o.PendingReview);

    public LedgerSummary Summary(IReadOnlyList<SectionLevelCount> levels, int? problems = null) => new(
        levels, problems ?? Problems, Measures, CompletedProblems, StageResultProblems, Closed, Measures - Closed - LongTerm, LongTerm, Overdue,
        PendingReview);

    /// <summary>The measures of a view, with the same conditions as the ledger's filters (the stored lights).</summary>
    public static IQueryable<Measure> Within(IQueryable<Measure> measures, LedgerView view) => view switch
    {
        LedgerView.Open => measures.Where(m => LedgerQuery.OpenStatuses.Contains(m.Status)),
        LedgerView.Overdue => measures.Where(m => m.IsOverdue),
        LedgerView.DueSoon => measures.Where(m => m.IsDueSoon),
        LedgerView.Lagging => measures.Where(m => m.IsLagging),
        LedgerView.ProgressMissing => measures.Where(m => m.IsProgressMissing),
        _ => measures,
    };

    /// <summary>The figures of any set of measures in one statement (a row per round, summed here: a problem is in one round).</summary>
    public static async Task<LedgerFigures> CountAsync(IQueryable<Measure> measures, CancellationToken ct) =>
        (await PerRoundAsync(measures, ct)).Values.Aggregate(None, (sum, round) => sum.Plus(round));

    /// <summary>The figures of each round among these measures, in one statement.</summary>
    public static async Task<Dictionary<Guid, LedgerFigures>> PerRoundAsync(IQueryable<Measure> measures, CancellationToken ct) =>
        await PerProblem(measures).GroupBy(p => p.RoundId).Select(g => new
            {
                RoundId = g.Key,
                Figures = new LedgerFigures(
                    g.Count(), g.Sum(p => p.All), g.Count(p => p.Closed == p.All), g.Count(p => p.Settled == p.All && p.Closed < p.All),
                    g.Sum(p => p.Closed), g.Sum(p => p.LongTerm), g.Sum(p => p.Overdue), g.Sum(p => p.PendingReview)),
            })
            .ToDictionaryAsync(r => r.RoundId, r => r.Figures, ct);

    private static IQueryable<ProblemTally> PerProblem(IQueryable<Measure> measures) =>
        measures.GroupBy(m => new { m.RoundId, m.ProblemId }).Select(g => new ProblemTally
        {
            RoundId = g.Key.RoundId,
            All = g.Count(),
            Closed = g.Count(m => m.Status == MeasureStatus.Closed),
            Settled = g.Count(m => m.Status == MeasureStatus.Closed || m.Status == MeasureStatus.StageResult),
            LongTerm = g.Count(m => m.Status != MeasureStatus.Closed && m.Kind == MeasureKind.LongTerm),
            Overdue = g.Count(m => m.IsOverdue),
            PendingReview = g.Count(m => m.Status == MeasureStatus.CloseOutRequested),
        });

    private sealed class ProblemTally
    {
        public Guid RoundId { get; init; }
        public int All { get; init; }
        public int Closed { get; init; }
        public int Settled { get; init; }
        public int LongTerm { get; init; }
        public int Overdue { get; init; }
        public int PendingReview { get; init; }
    }
}
