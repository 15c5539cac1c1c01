using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>/Appeals/Raise: the office raises one appeal, or a cluster it selected on the list, into a problem of a round it may edit.</summary>
[Authorize(Policy = Policies.Office)]
public sealed class RaiseModel(AppealAccess access, ScopeRounds rounds) : PageModel
{
    [BindProperty(SupportsGet = true)] public List<Guid> AppealIds { get; set; } = [];
    [BindProperty] public Guid? RoundId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Feedback { get; set; }

    public IReadOnlyList<ProblemAppealRow> Appeals { get; private set; } = [];
    /// <summary>The round to raise into, as its picker shows it: on opening, the office's newest round.</summary>
    public PickerChoice? Round { get; private set; }
    public bool HasRounds { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Appeals.Count == 0) return Redirect("/Appeals");
        Title ??= Appeals.Count == 1 ? Appeals[0].Title : $"{Appeals[0].Title}等{Appeals.Count}件企业诉求反映的问题";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] RaiseToProblem action, CancellationToken ct)
    {
        try
        {
            if (AppealIds.Count == 0) return Redirect("/Appeals");
            if (RoundId is not { } roundId) throw new RuleViolation(AppealErrors.RoundNotChosen);
            var problemId = await action.HandleAsync(AppealIds[0], new RaiseInput(roundId, null, Title ?? "", Feedback, AppealIds.Skip(1).ToList()), ct);
            TempData["Message"] = "已立项督办，请在整改轮次中为该问题制定整改措施。";
            return Redirect($"/Rounds/Problem/{problemId}");
        }
        catch (RuleViolation refused)
        {
            ModelState.AddModelError("", refused.Message);
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var ids = AppealIds.Distinct().Take(RaiseToProblem.MaxAppeals + 1).ToList();
        var found = await (await access.VisibleAsync(ct)).Where(a => ids.Contains(a.Id)).OrderBy(a => a.SubmittedAt)
            .Select(a => new { a.Id, a.EnterpriseName, a.Title, a.State, a.SubmittedOn }).ToListAsync(ct);
        Appeals = found.Select(a => new ProblemAppealRow(a.Id, a.EnterpriseName, a.Title, a.State.Label(), a.SubmittedOn)).ToList();
        AppealIds = Appeals.Select(a => a.Id).ToList();
        // The office's own rounds are the ones it may edit; a form shown again keeps the round it had.
        var newest = await rounds.SearchAsync(null, ct);
        HasRounds = newest.Count > 0;
        Round = RoundId is null && !Request.HasFormContentType ? newest.FirstOrDefault() : await rounds.FindAsync(RoundId, ct);
    }
}
