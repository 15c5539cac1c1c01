using Rectify.Features.Rounds.Ledger;
using Rectify.Platform.Data;

namespace Rectify.Features.Dashboard;

/// <summary>
/// The ledger summary's figures of whole rounds, from the counts the dashboard keeps per round (<see cref="KeptCounts"/>).
/// Read once per request and view: a page's summary, its rows, the review queue and the navbar's 待审核 ask for the same
/// rounds, and each read would look for changed rounds again. Whatever the request saves forgets what was read: a form
/// that approves and shows the queue again in the same request must show the figures after its change.
/// </summary>
public sealed class KeptLedgerFigures : IKeptLedgerFigures
{
    private readonly KeptCounts counts;
    private readonly Dictionary<LedgerView, (IReadOnlyList<Guid> Rounds, DateOnly Today, IReadOnlyDictionary<Guid, LedgerFigures> Figures)> read = [];

    public KeptLedgerFigures(KeptCounts counts, RectifyDbContext db)
    {
        this.counts = counts;
        db.SavedChanges += (_, _) => read.Clear();
    }

    public async Task<IReadOnlyDictionary<Guid, LedgerFigures>> PerRoundAsync(IReadOnlyList<Guid> roundIds, LedgerView view, DateOnly today,
        CancellationToken ct)
    {
        if (read.TryGetValue(view, out var earlier) && earlier.Today == today && earlier.Rounds.SequenceEqual(roundIds)) return earlier.Figures;
        var figures = await counts.FiguresPerRoundAsync(roundIds, view, today, ct);
        read[view] = (roundIds.ToArray(), today, figures);
        return figures;
    }
}
