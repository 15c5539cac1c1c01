namespace Rectify.Features.Rounds.Ledger;

/// <summary>
/// The summary's figures of whole rounds, kept between requests so that an office's ledger over hundreds of rounds states
/// exact figures without counting a million measures each time. The dashboard keeps them with its own counts (its
/// README, decision 0008) and implements this; Rounds only says what it needs, as it references no other feature.
/// </summary>
public interface IKeptLedgerFigures
{
    /// <summary>The figures of each of these whole rounds in this view as of today, every measure counted (rounds with none left out).</summary>
    Task<IReadOnlyDictionary<Guid, LedgerFigures>> PerRoundAsync(IReadOnlyList<Guid> roundIds, LedgerView view, DateOnly today, CancellationToken ct);
}

public static class KeptLedgerFiguresExtensions
{
    /// <summary>The figures of these whole rounds together (a problem is in one round, so rounds add up).</summary>
    public static async Task<LedgerFigures> ReadAsync(this IKeptLedgerFigures kept, IReadOnlyList<Guid> roundIds, LedgerView view, DateOnly today,
        CancellationToken ct) =>
        (await kept.PerRoundAsync(roundIds, view, today, ct)).Values.Aggregate(LedgerFigures.None, (sum, round) => sum.Plus(round));

    /// <summary>How many measures each of these whole rounds holds in this view (rounds with none left out).</summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> MeasuresPerRoundAsync(this IKeptLedgerFigures kept, IReadOnlyList<Guid> roundIds,
        LedgerView view, DateOnly today, CancellationToken ct) =>
        (await kept.PerRoundAsync(roundIds, view, today, ct)).ToDictionary(r => r.Key, r => r.Value.Measures);
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

public static class LedgerViews
{
    /// <summary>
    /// The kept view a filter of whole rounds asks for: no filter, or exactly one of 不含已完成, 超期, 临期, 滞后,
    /// 未按期报送进展; null for any other (counted afresh).
    /// </summary>
    public static LedgerView? Of(LedgerFilter f)
    {
        if (f.MeasureId is not null || f.Status is not null || f.UnitId is not null || f.Kind is not null
            || !string.IsNullOrWhiteSpace(f.Leader) || !string.IsNullOrWhiteSpace(f.Text))
            return null;
        (bool On, LedgerView View)[] flags =
            [(f.Open, LedgerView.Open), (f.Overdue, LedgerView.Overdue), (f.DueSoon, LedgerView.DueSoon), (f.Lagging, LedgerView.Lagging),
             (f.ProgressMissing, LedgerView.ProgressMissing)];
        return flags.Count(x => x.On) switch
        {
            0 => LedgerView.All,
            1 => flags.Single(x => x.On).View,
            _ => null,
        };
    }
}
