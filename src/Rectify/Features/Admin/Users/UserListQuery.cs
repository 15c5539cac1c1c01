using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Users;

/// <summary>Which accounts to list: a unit (with the units under it), a role, active or not, a name; one page of them.</summary>
public sealed record UserFilter(Guid? UnitId, Role? Role, bool? Active, string? Text, int? Page, int? PageSize);

public sealed class UserListQuery(RectifyDbContext db)
{
    public async Task<Page<UserRow>> HandleAsync(UserFilter filter, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (filter.UnitId is { } unitId)
        {
            var path = await db.Set<Unit>().Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(ct) ?? "-";
            var units = db.Set<Unit>().Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            query = query.Where(u => units.Contains(u.UnitId));
        }
        if (filter.Role is { } role) query = query.Where(u => u.Role == role);
        if (filter.Active is { } active) query = query.Where(u => u.IsActive == active);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = "%" + LikePattern.Escape(filter.Text.Trim()) + "%";
            query = query.Where(u => EF.Functions.Like(u.UserName!, pattern, LikePattern.EscapeChar)
                || EF.Functions.Like(u.FullName, pattern, LikePattern.EscapeChar));
        }
        return await query.OrderBy(u => u.UserName).Select(UserRow.From(db)).ToPageAsync(filter.Page, filter.PageSize, ct);
    }
}
