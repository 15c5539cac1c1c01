using System.Linq.Expressions;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;

namespace Rectify.Features.Admin.Users;

/// <summary>An account as the admin sees it; never its password hash or stamps.</summary>
public sealed record UserRow(
    Guid Id, string UserName, string FullName, Guid UnitId, string UnitName, Role Role, bool IsActive,
    DateTimeOffset? LockoutEnd, int Version)
{
    public static Expression<Func<User, UserRow>> From(RectifyDbContext db) => u => new UserRow(
        u.Id, u.UserName ?? "", u.FullName, u.UnitId,
        db.Set<Unit>().Where(x => x.Id == u.UnitId).Select(x => x.ShortName).FirstOrDefault() ?? "",
        u.Role, u.IsActive, u.LockoutEnd, u.Version);

    public bool IsLockedOut(DateTimeOffset now) => LockoutEnd > now;
}
