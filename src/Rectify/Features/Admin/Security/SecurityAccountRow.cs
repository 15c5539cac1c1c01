using System.Linq.Expressions;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;

namespace Rectify.Features.Admin.Security;

/// <summary>An account as the security admin sees it: its role and the state of its password and second factor.</summary>
public sealed record SecurityAccountRow(
    Guid Id, string UserName, string FullName, string UnitName, Role Role, bool IsActive, DateTimeOffset? LockoutEnd,
    bool HasPassword, bool MustChangePassword, DateTimeOffset? PasswordChangedAt, bool TwoFactorEnabled, int Version)
{
    public static Expression<Func<User, SecurityAccountRow>> From(RectifyDbContext db) => u => new SecurityAccountRow(
        u.Id, u.UserName ?? "", u.FullName,
        db.Set<Unit>().Where(x => x.Id == u.UnitId).Select(x => x.ShortName).FirstOrDefault() ?? "",
        u.Role, u.IsActive, u.LockoutEnd, u.PasswordHash != null, u.MustChangePassword, u.PasswordChangedAt, u.TwoFactorEnabled, u.Version);

    public bool IsLockedOut(DateTimeOffset now) => LockoutEnd > now;
}
