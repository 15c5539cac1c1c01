using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin;

/// <summary>Checks the user actions share: the unit must be usable, and Identity's refusals become rule violations.</summary>
internal static class AdminRules
{
    public static async Task RequireActiveUnitAsync(RectifyDbContext db, Guid unitId, CancellationToken ct)
    {
        if (!await db.Set<Unit>().AnyAsync(u => u.Id == unitId && u.IsActive, ct)) throw RuleViolation.Invalid(AdminErrors.UserUnitUnusable);
    }

    /// <summary>Identity reports password and name problems as results; they reach the admin in its Chinese words.</summary>
    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw RuleViolation.Invalid(string.Join(";", result.Errors.Select(e => e.Description)));
    }

    public static async Task<User> UserAsync(UserManager<User> users, Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException(AdminErrors.UserNotFound);
}
