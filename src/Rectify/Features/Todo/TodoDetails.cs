using Rectify.Features.Rounds.Review;
using Rectify.Features.Supervision.Escalation;
using Rectify.Features.Supervision.LookBacks;
using Rectify.Platform.Web;

namespace Rectify.Features.Todo;

/// <summary>
/// The whole 我的待办 of a user: unit staff get their measures; the office the first close-outs to review, look-backs
/// due, units proposed for a talk and its imports waiting (each list with its total, the rest one click away).
/// </summary>
public sealed record TodoDetails(
    TodoSummary Summary,
    Page<TodoMeasureRow>? Measures,
    Page<ReviewRow>? Reviews,
    Page<LookBackRow>? LookBacks,
    IReadOnlyList<TalkProposal>? TalkProposals,
    IReadOnlyList<ImportWaitingRow>? Imports);
