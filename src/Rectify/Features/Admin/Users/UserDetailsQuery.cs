using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Users;

/// <summary>One account as the admin sees it, for its edit page.</summary>
public sealed class UserDetailsQuery(RectifyDbContext db)
{
    public async Task<UserRow> HandleAsync(Guid id, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == id).Select(UserRow.From(db)).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(AdminErrors.UserNotFound);
}
