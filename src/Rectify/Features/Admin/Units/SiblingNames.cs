using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Units;

/// <summary>Two units under one parent may not share a name: imports and people tell them apart by it.</summary>
internal static class SiblingNames
{
    public static async Task RequireUniqueAsync(RectifyDbContext db, Guid? parentId, string name, Guid? self, CancellationToken ct)
    {
        var trimmed = name.Trim();
        var taken = await db.Set<Unit>().AnyAsync(u => u.ParentId == parentId && u.Name == trimmed && u.Id != self, ct);
        if (taken) throw new RuleViolation(string.Format(AdminErrors.DuplicateSiblingName, trimmed));
    }

    public static async Task<Unit?> ParentAsync(RectifyDbContext db, Guid? parentId, CancellationToken ct) =>
        parentId is not { } id ? null
            : await db.Set<Unit>().SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw RuleViolation.Invalid(AdminErrors.ParentNotFound);
}
