using System.ComponentModel.DataAnnotations;
using System.Text;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>
/// 立项督办 (<c>001</c> item 13): a recurring or serious appeal — or a cluster of them the office selects — becomes a specific
/// problem in a round the office may edit. The problem is made by the Rounds action (<see cref="AddProblem"/>), and the
/// link is kept on the appeals' side, so Rounds knows nothing of appeals. One transaction: the problem and every link, or none.
/// </summary>
public sealed class RaiseToProblem(RectifyDbContext db, AppealAccess access, AddProblem addProblem)
{
    public const int MaxAppeals = 50;

    public async Task<Guid> HandleAsync(Guid appealId, RaiseInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var ids = (input.Cluster ?? []).Prepend(appealId).Distinct().ToList();
        if (ids.Count > MaxAppeals) throw RuleViolation.Invalid(AppealErrors.RaiseTooMany);
        var appeals = await access.ManyForOfficeAsync(ids, ct);
        foreach (var appeal in appeals) appeal.EnsureRaisable();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var problemId = await addProblem.HandleAsync(input.RoundId,
            new ProblemInput(input.SectionId, null, input.Title.Trim(), string.IsNullOrWhiteSpace(input.Feedback) ? FeedbackOf(appeals) : input.Feedback.Trim()), ct);
        foreach (var appeal in appeals) appeal.MarkRaised(problemId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return problemId;
    }

    /// <summary>The problem's words when the office writes none: each appeal, dated, in the enterprise's words (cut short).</summary>
    public static string FeedbackOf(IEnumerable<Appeal> appeals)
    {
        var ordered = appeals.OrderBy(a => a.SubmittedAt).ToList();
        var text = new StringBuilder($"企业诉求立项督办（{ordered.Count}件）：");
        var n = 0;
        foreach (var a in ordered)
            text.Append($"\n{++n}. {a.SubmittedOn.ToChinese()}，{a.EnterpriseName}反映“{a.Title}”：{Short(a.Text, 200)}");
        return text.ToString();
    }

    private static string Short(string text, int length) => text.Length > length ? text[..length] + "……" : text;
}

/// <summary>The round (and optionally its section) to raise into, the problem's title and words, and the other appeals of a cluster.</summary>
public sealed record RaiseInput(
    Guid RoundId,
    Guid? SectionId,
    [property: Required(ErrorMessage = AppealErrors.RaiseTitleRequired), StringLength(1000, ErrorMessage = "问题不能超过1000字")] string Title,
    [property: StringLength(20000, ErrorMessage = "问题描述不能超过20000字")] string? Feedback,
    IReadOnlyList<Guid>? Cluster = null);
