using Rectify.Features.Supervision.LookBacks;
using Rectify.Platform.Web;

namespace Rectify.Features.Todo;

/// <summary>
/// The whole 我的待办 of a user: unit staff get their measures; the office the oldest close-outs to review, look-backs
/// due and its imports waiting (each list with its total in the summary, the rest one click away). Units proposed for a
/// talk are read on their own (GET /api/v1/escalations/talk-proposals): counting a province's warnings per unit takes
/// longer than the rest of the page.
/// </summary>
public sealed record TodoDetails(
    TodoSummary Summary,
    Page<TodoMeasureRow>? Measures,
    IReadOnlyList<TodoReviewRow>? Reviews,
    Page<LookBackRow>? LookBacks,
    IReadOnlyList<ImportWaitingRow>? Imports);
