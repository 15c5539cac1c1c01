using Rectify.Features.Supervision.LookBacks;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Todo;

/// <summary>Reads a user's 我的待办 for the page and the API alike; other roles have their own landing pages.</summary>
public sealed class TodoDetailsQuery(TodoQuery todo, LookBackQuery lookBacks, UserScope user)
{
    /// <summary>How many rows of each of the office's lists the page shows; the rest are on their own pages.</summary>
    public const int OfficeRows = 8;

    public async Task<TodoDetails> HandleAsync(int? page, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        var summary = await todo.SummaryAsync(ct);
        return scope.Role switch
        {
            Role.UnitStaff => new TodoDetails(summary, await todo.MeasuresAsync(page, ct), null, null, null),
            Role.Office => new TodoDetails(summary, null,
                await todo.OldestReviewsAsync(OfficeRows, ct),
                await lookBacks.HandleAsync(LookBackView.Due, null, 1, OfficeRows, ct),
                await todo.ImportsAsync(ct)),
            _ => throw new ForbiddenException(PlatformErrors.Forbidden),
        };
    }
}
