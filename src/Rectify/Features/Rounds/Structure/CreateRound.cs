using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

/// <summary>The office creates an empty round; one with the title and inspected unit of an existing round only by its explicit choice.</summary>
public sealed class CreateRound(RectifyDbContext db, UserScope user, DuplicateRounds duplicates, TimeProvider time)
{
    public async Task<Guid> HandleAsync(RoundDetailsInput input, CancellationToken ct, bool allowDuplicate = false)
    {
        Inputs.Checked(input);
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        await RequireUnitInScopeAsync(db, scope, input.InspectedUnitId, ct);
        await duplicates.RefuseAsync(scope, null, null, input.Title, input.InspectedUnitId, allowDuplicate, ct);
        var round = new Round(input, time.GetUtcNow());
        db.Add(round);
        await db.SaveChangesAsync(ct);
        return round.Id;
    }

    internal static async Task RequireUnitInScopeAsync(RectifyDbContext db, ScopeData scope, Guid unitId, CancellationToken ct)
    {
        if (!await db.Set<Unit>().AnyAsync(u => u.Id == unitId, ct)) throw RuleViolation.Invalid(RoundsErrors.UnitNotFound);
        if (!scope.InScope(unitId)) throw RuleViolation.Invalid(RoundsErrors.UnitOutOfScope);
    }
}
