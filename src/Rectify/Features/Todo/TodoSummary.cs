namespace Rectify.Features.Todo;

/// <summary>
/// How much is waiting for the signed-in user. Unit staff: his measures to act on, by reason (one measure may have several);
/// the office: close-outs to review, look-backs due and its sheet imports still running.
/// </summary>
public sealed record TodoSummary(
    int Measures, int Overdue, int DueSoon, int Returned, int Lagging, int ProgressMissing,
    int Reviews, int LookBacksDue, int ImportsWaiting)
{
    public static readonly TodoSummary None = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The navbar's figure: everything waiting on this user.</summary>
    public int Total => Measures + Reviews + LookBacksDue;
}
