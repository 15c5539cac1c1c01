using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Platform.Security;

/// <summary>
/// A production install starts with no accounts: this makes the top unit (when there is none) and a
/// system admin, who then keeps the unit tree and the users in the app.
/// </summary>
public sealed class CreateFirstAdmin(RectifyDbContext db, UserManager<User> users)
{
    public async Task<string> HandleAsync(string userName, string password, string fullName, string topUnitName, CancellationToken ct)
    {
        // The unit and the account together, or neither: a refused password leaves no stray unit.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var top = await db.Units.Where(u => u.ParentId == null).OrderBy(u => u.SortOrder).FirstOrDefaultAsync(ct);
        if (top is null)
        {
            top = new Unit(topUnitName, null, null);
            db.Add(top);
            await db.SaveChangesAsync(ct);
        }
        var result = await users.CreateAsync(new User { UserName = userName, FullName = fullName, UnitId = top.Id, Role = Role.SystemAdmin }, password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(";", result.Errors.Select(e => e.Description)));
        await transaction.CommitAsync(ct);
        return top.Name;
    }
}
