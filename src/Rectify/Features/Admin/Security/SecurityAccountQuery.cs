using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Security;

/// <summary>Which accounts to list: a role, locked ones only, a name; one page of them.</summary>
public sealed record SecurityAccountFilter(Role? Role, bool? Locked, string? Text, int? Page, int? PageSize);

/// <summary>The accounts with their security state, for the security admin; one account for its page.</summary>
public sealed class SecurityAccountQuery(RectifyDbContext db, TimeProvider time)
{
    public async Task<Page<SecurityAccountRow>> ListAsync(SecurityAccountFilter filter, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (filter.Role is { } role) query = query.Where(u => u.Role == role);
        if (filter.Locked == true)
        {
            var now = time.GetUtcNow();
            query = query.Where(u => u.LockoutEnd != null && u.LockoutEnd > now);
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = "%" + LikePattern.Escape(filter.Text.Trim()) + "%";
            query = query.Where(u => EF.Functions.Like(u.UserName!, pattern, LikePattern.EscapeChar)
                || EF.Functions.Like(u.FullName, pattern, LikePattern.EscapeChar));
        }
        return await query.OrderBy(u => u.UserName).Select(SecurityAccountRow.From(db)).ToPageAsync(filter.Page, filter.PageSize, ct);
    }

    public async Task<SecurityAccountRow> OneAsync(Guid id, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == id).Select(SecurityAccountRow.From(db)).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(SecurityAdminErrors.AccountNotFound);
}
