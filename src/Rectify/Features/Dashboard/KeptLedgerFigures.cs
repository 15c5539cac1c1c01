using Rectify.Features.Rounds.Ledger;

namespace Rectify.Features.Dashboard;

/// <summary>The ledger summary's figures of whole rounds, from the counts the dashboard keeps per round (<see cref="KeptCounts"/>).</summary>
public sealed class KeptLedgerFigures(KeptCounts counts) : IKeptLedgerFigures
{
    public Task<IReadOnlyDictionary<Guid, LedgerFigures>> PerRoundAsync(IReadOnlyList<Guid> roundIds, LedgerView view, DateOnly today, CancellationToken ct) =>
        counts.FiguresPerRoundAsync(roundIds, view, today, ct);
}
