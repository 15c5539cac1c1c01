using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;

namespace Rectify.Features.Appeals;

/// <summary>
/// Appeals whose checked reply went out more than the rating window ago without a rating: recorded as 未评价 and closed,
/// never as satisfied. Safe to repeat: a closed appeal is not touched again.
/// </summary>
public sealed class ExpireRatings(RectifyDbContext db, WorkingDayCalendar calendar, IOptions<AppealOptions> deadlines, TimeProvider time)
{
    private const int Batch = 500;

    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var today = time.Today();
        // No window is shorter than its calendar days, so anything newer cannot be due yet.
        var newest = today.AddDays(-deadlines.Value.RatingWindowDays);
        var candidates = await db.Set<Appeal>().Where(a => a.State == AppealState.ReplyApproved && a.ReplyApprovedOn < newest)
            .Select(a => a.Id).ToListAsync(ct);
        var expired = 0;
        foreach (var chunk in candidates.Chunk(Batch))
        {
            var appeals = await db.Set<Appeal>().Include(a => a.Handlings).Where(a => chunk.Contains(a.Id)).ToListAsync(ct);
            expired += appeals.Count(a => a.ExpireRating(deadlines.Value, calendar, today));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return expired;
    }
}
