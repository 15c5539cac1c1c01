using Rectify.Features.Rounds.Ledger;

namespace Rectify.Features.Dashboard;

/// <summary>
/// The ledger summary's figures of whole rounds, from the counts the dashboard keeps per round (<see cref="KeptCounts"/>).
/// Read once per request and view: a page's summary, its rows, the review queue and the navbar's 待审核 ask for the same
/// rounds, and each read would look for changed rounds again.
/// </summary>
public sealed class KeptLedgerFigures(KeptCounts counts) : IKeptLedgerFigures
{
    private readonly Dictionary<LedgerView, (IReadOnlyList<Guid> Rounds, DateOnly Today, IReadOnlyDictionary<Guid, LedgerFigures> Figures)> read = [];

    public async Task<IReadOnlyDictionary<Guid, LedgerFigures>> PerRoundAsync(IReadOnlyList<Guid> roundIds, LedgerView view, DateOnly today,
        CancellationToken ct)
    {
        if (read.TryGetValue(view, out var earlier) && earlier.Today == today && earlier.Rounds.SequenceEqual(roundIds)) return earlier.Figures;
        var figures = await counts.FiguresPerRoundAsync(roundIds, view, today, ct);
        read[view] = (roundIds.ToArray(), today, figures);
        return figures;
    }
}
