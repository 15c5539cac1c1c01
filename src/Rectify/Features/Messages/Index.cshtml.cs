using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rectify.Platform.Web;

namespace Rectify.Features.Messages;

public sealed class IndexModel(Inbox inbox) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Unread { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public Page<InboxRow> Rows { get; private set; } = new([], 0, 1, 20);
    public int UnreadCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await inbox.ListAsync(Unread, PageNumber, ct);
        UnreadCount = await inbox.UnreadCountAsync(ct);
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, string? open, CancellationToken ct)
    {
        await inbox.MarkReadAsync(id, ct);
        // Only a path inside Rectify is followed.
        if (open is { } link && link.StartsWith('/') && !link.StartsWith("//")) return LocalRedirect(link);
        return RedirectToPage(new { Unread, p = PageNumber });
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var count = await inbox.MarkAllReadAsync(ct);
        TempData["Message"] = count > 0 ? $"已将 {count} 条消息标为已读" : "没有未读消息";
        return RedirectToPage(new { Unread });
    }

    public string Link(bool unread, int page = 1) => $"/Messages?unread={unread.ToString().ToLowerInvariant()}" + (page > 1 ? $"&p={page}" : "");
}
