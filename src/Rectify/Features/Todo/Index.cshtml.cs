using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Platform.Security;

namespace Rectify.Features.Todo;

/// <summary>我的待办: unit staff and the office start here; leaders, inspectors and admins go on to their own landing pages.</summary>
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

    public static string Reopened(string reason) => reason.StartsWith("回头看发现反弹", StringComparison.Ordinal) ? "反弹重启" : "已退回";
}
