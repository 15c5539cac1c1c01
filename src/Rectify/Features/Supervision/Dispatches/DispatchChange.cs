using System.Globalization;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>
/// A unit's movement since the previous dispatch: places gained (positive: up), points of completion rate, measures
/// completed and overdue measures more or fewer.
/// </summary>
public sealed record DispatchChange(int? PreviousRank, int? RankChange, double RateChange, int CompletedChange, int OverdueChange)
{
    /// <summary>↑2, ↓1 or — (same place).</summary>
    public string RankText => RankChange switch { > 0 and var n => $"↑{n}", < 0 and var n => $"↓{-n}", _ => "—" };

    /// <summary>+3.5, -1.2 or 0.0 (percentage points).</summary>
    public string RateText => RateChange.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
}
