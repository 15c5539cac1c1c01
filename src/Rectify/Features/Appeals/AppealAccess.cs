using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>
/// Who sees which appeals, as on the ledger: the office and leaders those it runs or whose unit is in its scope, unit staff
/// those ever assigned to their unit. Every read starts here, so a forgotten filter shows nothing.
/// </summary>
public sealed class AppealAccess(RectifyDbContext db, UserScope user, TimeProvider time)
{
    public async Task<IQueryable<Appeal>> VisibleAsync(CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        return Visible(scope);
    }

    public IQueryable<Appeal> Visible(ScopeData scope)
    {
        var appeals = db.Set<Appeal>().AsNoTracking();
        var ids = scope.UnitIds;
        return scope.Role switch
        {
            Role.Office or Role.Leader => appeals.Where(a => ids.Contains(a.OwnerUnitId) || (a.UnitId != null && ids.Contains(a.UnitId.Value))),
            // The unit holding an appeal always has a handling of it, so "ever assigned" covers "holds it now"; without an
            // OR, PostgreSQL reads the unit's handlings by index instead of scanning every appeal (2 s → ms at a million).
            Role.UnitStaff => appeals.Where(a => a.Handlings.Any(h => ids.Contains(h.UnitId))),
            _ => appeals.Where(_ => false),
        };
    }

    /// <summary>The office and the handling unit see the contact in full; everyone else reads it masked.</summary>
    public static bool SeesContact(ScopeData scope, Guid ownerUnitId, Guid? unitId) => scope.Role switch
    {
        Role.Office => scope.InScope(ownerUnitId) || (unitId is { } u && scope.InScope(u)),
        Role.UnitStaff => unitId is { } unit && scope.InScope(unit),
        _ => false,
    };

    /// <summary>Loads an appeal the office may act on, tracked with its handlings.</summary>
    public async Task<Appeal> ForOfficeAsync(Guid id, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        var appeal = await LoadAsync(id, ct);
        if (!scope.InScope(appeal.OwnerUnitId) && !(appeal.UnitId is { } u && scope.InScope(u)))
            throw new NotFoundException(AppealErrors.AppealNotFound);
        return appeal;
    }

    /// <summary>Loads appeals the office may act on, tracked, in one query; refuses them all when one is not found or out of scope.</summary>
    public async Task<List<Appeal>> ManyForOfficeAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        var appeals = await db.Set<Appeal>().Include(a => a.Handlings).Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        if (appeals.Count != ids.Count || appeals.Any(a => !scope.InScope(a.OwnerUnitId) && !(a.UnitId is { } u && scope.InScope(u))))
            throw new NotFoundException(AppealErrors.AppealNotFound);
        return appeals;
    }

    /// <summary>Loads an appeal the unit now holds, tracked, or refuses.</summary>
    public async Task<Appeal> ForUnitAsync(Guid id, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.UnitStaff) throw new ForbiddenException(PlatformErrors.Forbidden);
        var appeal = await LoadAsync(id, ct);
        if (appeal.UnitId is not { } unit || !scope.InScope(unit))
        {
            if (await Visible(scope).AnyAsync(a => a.Id == id, ct)) throw new RuleViolation(AppealErrors.NotYourAppeal);
            throw new NotFoundException(AppealErrors.AppealNotFound);
        }
        return appeal;
    }

    /// <summary>Now, today in China and the signed-in user's name, for the entity's transitions.</summary>
    public async Task<AppealMoment> MomentAsync(CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        return new AppealMoment(time.GetUtcNow(), time.Today(), scope.FullName);
    }

    /// <summary>A unit the office may assign to: active and in its scope.</summary>
    public async Task CheckUnitAsync(Guid unitId, CancellationToken ct)
    {
        if (unitId == Guid.Empty) throw RuleViolation.Invalid(AppealErrors.UnitNotChosen);
        var scope = await user.LoadAsync(ct);
        if (!await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, ct)) throw RuleViolation.Invalid(AppealErrors.UnitNotFound);
        if (scope.Role == Role.Office && !scope.InScope(unitId)) throw RuleViolation.Invalid(AppealErrors.UnitOutOfScope);
    }

    private async Task<Appeal> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Set<Appeal>().Include(a => a.Handlings).Include(a => a.Consultations).SingleOrDefaultAsync(a => a.Id == id, ct)
        ?? throw new NotFoundException(AppealErrors.AppealNotFound);
}
