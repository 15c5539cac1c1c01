using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Appeals;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Similar;

/// <summary>
/// One problem: its place in the round, its measures, and 举一反三 — similar problems of other rounds, links, copied measures.
/// It lives with Similar, which adds to Rounds; its address stays under /Rounds where the ledger and the structure link it.
/// </summary>
[Authorize(Policy = Policies.LedgerReader)]
public sealed class ProblemModel(ProblemDetailsQuery details, SimilarProblemsQuery similar, RaisedProblemQuery raised) : PageModel, IReloadablePage
{
    [FromRoute] public Guid Id { get; set; }
    public SpecificProblemDetails Problem { get; private set; } = null!;
    public IReadOnlyList<SimilarProblemRow> Similar { get; private set; } = [];
    /// <summary>The enterprises' appeals raised into this problem — 立项督办 — that the reader may see.</summary>
    public IReadOnlyList<ProblemAppealRow> Appeals { get; private set; } = [];

    [BindProperty, StringLength(1000, ErrorMessage = "说明不能超过1000字")] public string? Note { get; set; }

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct)
    {
        Problem = await details.HandleAsync(Id, ct);
        Similar = await similar.HandleAsync(Id, ct);
        Appeals = await raised.ForProblemAsync(Id, ct);
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid linkedProblemId, [FromServices] LinkProblem action, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ShowAsync(ct);
        await action.HandleAsync(Id, new LinkProblemInput(linkedProblemId, Note), ct);
        return Done("已关联");
    }

    public async Task<IActionResult> OnPostUnlinkAsync(Guid linkedProblemId, [FromServices] UnlinkProblem action, CancellationToken ct)
    {
        await action.HandleAsync(Id, linkedProblemId, ct);
        return Done("已取消关联");
    }

    public async Task<IActionResult> OnPostCopyAsync(Guid fromProblemId, List<Guid> measureIds, [FromServices] CopyMeasures action, CancellationToken ct)
    {
        var copied = await action.HandleAsync(Id, new CopyMeasuresInput(fromProblemId, measureIds), ct);
        return Done($"已复制{copied.Ids.Count}条整改措施，请核对责任单位和完成时限");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        return Page();
    }

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect($"/Rounds/Problem/{Id}");
    }
}
