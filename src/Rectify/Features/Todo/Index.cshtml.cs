using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Features.Supervision.Escalation;
using Rectify.Platform.Security;

namespace Rectify.Features.Todo;

/// <summary>我的待办： unit staff and the office start here; leaders, inspectors and admins go on to their own landing pages.</summary>
public sealed class IndexModel(TodoDetailsQuery query) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public TodoDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsInRole(nameof(Role.UnitStaff)) && !User.IsInRole(nameof(Role.Office))) return Redirect(Landing.For(User));
        Details = await query.HandleAsync(PageNumber, ct);
        return Page();
    }

    /// <summary>Units proposed for a talk: loaded after the page, as counting a province's warnings per unit takes a while.</summary>
    public async Task<IActionResult> OnGetTalksAsync([FromServices] EscalationQuery escalations, CancellationToken ct)
    {
        if (!User.IsInRole(nameof(Role.Office))) return Forbid();
        return Partial("_TalkProposals", await escalations.TalkProposalsAsync(EscalationDefaults.TalkThreshold, ct));
    }

    public static string Reopened(string reason) => reason.StartsWith("回头看发现反弹", StringComparison.Ordinal) ? "反弹重启" : "已退回";
}
