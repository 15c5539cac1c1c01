using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Rounds.Ledger;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>The office builds a round's problem list: sections of any depth, problems, measures; edit, move, delete.</summary>
[Authorize(Roles = nameof(Platform.Security.Role.Office))]
public sealed class StructureModel(RoundDetailsQuery details, RoundTreeQuery tree) : PageModel, IReloadablePage
{
    [FromRoute] public Guid Id { get; set; }
    public RoundDetails Round { get; private set; } = null!;
    public RoundTree Tree { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken ct) => ReloadAsync(ct);

    public async Task ReloadAsync(CancellationToken ct)
    {
        Round = await details.HandleAsync(Id, ct);
        Tree = await tree.HandleAsync(Id, ct);
    }

    public async Task<IActionResult> OnPostAddSectionAsync(Guid? parentId, string levelName, string? label, string title, [FromServices] AddSection action, CancellationToken ct)
    {
        await action.HandleAsync(Id, new SectionInput(parentId, levelName ?? "", label, title ?? ""), ct);
        return Done("已添加");
    }

    public async Task<IActionResult> OnPostEditSectionAsync(Guid sectionId, string levelName, string? label, string title, [FromServices] EditSection action, CancellationToken ct)
    {
        await action.HandleAsync(sectionId, new SectionInput(null, levelName ?? "", label, title ?? ""), ct);
        return Done("已保存");
    }

    public async Task<IActionResult> OnPostDeleteSectionAsync(Guid sectionId, [FromServices] DeleteSection action, CancellationToken ct)
    {
        await action.HandleAsync(sectionId, ct);
        return Done("已删除");
    }

    public async Task<IActionResult> OnPostAddProblemAsync(Guid? sectionId, string? label, string title, string? feedback, [FromServices] AddProblem action, CancellationToken ct)
    {
        await action.HandleAsync(Id, new ProblemInput(sectionId, label, title ?? "", feedback), ct);
        return Done("已添加问题");
    }

    public async Task<IActionResult> OnPostEditProblemAsync(Guid problemId, Guid? sectionId, string? label, string title, string? feedback, [FromServices] EditProblem action, CancellationToken ct)
    {
        await action.HandleAsync(problemId, new ProblemInput(sectionId, label, title ?? "", feedback), ct);
        return Done("已保存");
    }

    public async Task<IActionResult> OnPostDeleteProblemAsync(Guid problemId, [FromServices] DeleteProblem action, CancellationToken ct)
    {
        await action.HandleAsync(problemId, ct);
        return Done("已删除问题及其措施");
    }

    public async Task<IActionResult> OnPostDeleteMeasureAsync(Guid measureId, [FromServices] DeleteMeasure action, CancellationToken ct)
    {
        await action.HandleAsync(measureId, ct);
        return Done("已删除措施");
    }

    public async Task<IActionResult> OnPostMoveAsync(OutlineItem item, Guid itemId, bool up, [FromServices] MoveItem action, CancellationToken ct)
    {
        await action.HandleAsync(item, itemId, up, ct);
        return Done("顺序和编号已更新");
    }

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect($"/Rounds/Structure/{Id}");
    }
}
