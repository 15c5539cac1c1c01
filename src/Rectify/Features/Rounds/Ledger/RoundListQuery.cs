using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Features.Rounds.Ledger;

public sealed record RoundRow(
    Guid Id, string Title, RoundKind Kind, string InspectingBody, string InspectedUnit, DateOnly? FeedbackDate,
    int Measures, int Closed, int Overdue, int PendingReview);

/// <summary>
/// The rounds a user may see, with their progress in figures: kept per round for an office's or inspector's whole rounds,
/// else counted in one grouped query over his measures.
/// </summary>
public sealed class RoundListQuery(RectifyDbContext db, RoundAccess access, IKeptLedgerFigures kept, TimeProvider time)
{
    /// <summary>
    /// The rounds list's order, also the round pickers': latest feedback first, rounds without a feedback date
    /// (self-examinations) after the inspections, on both databases; then the newest created.
    /// </summary>
    public static IOrderedQueryable<Round> InListOrder(IQueryable<Round> rounds) =>
        rounds.OrderBy(r => r.FeedbackDate == null).ThenByDescending(r => r.FeedbackDate).ThenByDescending(r => r.CreatedAt);

    public async Task<IReadOnlyList<RoundRow>> HandleAsync(CancellationToken ct)
    {
        var rounds = await access.VisibleRoundsAsync(ct);
        var measures = await access.VisibleMeasuresAsync(ct);
        var list = await InListOrder(rounds)
            .Select(r => new
            {
                r.Id, r.Title, r.Kind, r.InspectingBody, r.FeedbackDate,
                Unit = db.Set<Unit>().Where(u => u.Id == r.InspectedUnitId).Select(u => u.ShortName).FirstOrDefault(),
            }).Take(500).ToListAsync(ct);
        var ids = list.Select(r => r.Id).ToList();
        var stats = await access.WholeRoundsAsync(ct) is not null
            ? (await kept.PerRoundAsync(ids, LedgerView.All, time.Today(), ct))
                .ToDictionary(r => r.Key, r => new Figures(r.Value.Measures, r.Value.Closed, r.Value.Overdue, r.Value.PendingReview))
            : await measures.Where(m => ids.Contains(m.RoundId)).GroupBy(m => m.RoundId)
                .Select(g => new
                {
                    RoundId = g.Key,
                    Figures = new Figures(g.Count(), g.Count(m => m.Status == MeasureStatus.Closed), g.Count(m => m.IsOverdue),
                        g.Count(m => m.Status == MeasureStatus.CloseOutRequested)),
                }).ToDictionaryAsync(s => s.RoundId, s => s.Figures, ct);
        return list.Select(r =>
        {
            stats.TryGetValue(r.Id, out var s);
            return new RoundRow(r.Id, r.Title, r.Kind, r.InspectingBody, r.Unit ?? "", r.FeedbackDate,
                s?.Measures ?? 0, s?.Closed ?? 0, s?.Overdue ?? 0, s?.PendingReview ?? 0);
        }).ToList();
    }

    private sealed record Figures(int Measures, int Closed, int Overdue, int PendingReview);
}
