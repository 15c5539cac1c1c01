using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>
/// Who sees which rounds and measures. Every read starts here, so a forgotten filter shows nothing
/// rather than everything.
/// </summary>
public sealed class RoundAccess
{
    private readonly RectifyDbContext db;
    private readonly UserScope user;

    // Read once per request: a page asks for its rows, its summary and the navbar's counts. Whatever the request saves
    // forgets them: a form that creates a round or names a cooperating unit and shows a page again must see its change.
    private Guid[]? officeRounds, allRounds, cooperatingMeasures;

    public RoundAccess(RectifyDbContext db, UserScope user)
    {
        this.db = db;
        this.user = user;
        db.SavedChanges += (_, _) => officeRounds = allRounds = cooperatingMeasures = null;
    }

    public async Task<IQueryable<Round>> VisibleRoundsAsync(CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        var rounds = db.Set<Round>().AsNoTracking();
        return scope.Role switch
        {
            Role.Inspector => rounds,
            Role.Office => RoundsOfUnitsUnder(scope.UnitPath),
            // The rounds of the measures he may read, from the same short id lists as his measures: a correlated test of
            // every round against his units and cooperations cost 0.4 s on a province, the id lists 6 ms.
            Role.Leader => rounds.Where(r => scope.UnitIds.Contains(r.InspectedUnitId) || LeadersOwnMeasures(scope).Select(m => m.RoundId).Contains(r.Id)),
            Role.UnitStaff => await StaffRoundsAsync(rounds, ct),
            _ => rounds.Where(_ => false),
        };
    }

    private async Task<IQueryable<Round>> StaffRoundsAsync(IQueryable<Round> rounds, CancellationToken ct)
    {
        var measures = await VisibleMeasuresAsync(ct);
        return rounds.Where(r => measures.Select(m => m.RoundId).Contains(r.Id));
    }

    /// <summary>A leader's measures outside his units' rounds: his units' responsibilities and those naming him.</summary>
    private IQueryable<Measure> LeadersOwnMeasures(ScopeData scope) => db.Set<Measure>().Where(m =>
        (m.ResponsibleUnitId != null && scope.UnitIds.Contains(m.ResponsibleUnitId.Value))
        || m.LeadLeaderUserId == scope.UserId || m.ResponsibleLeaderUserId == scope.UserId);

    public async Task<IQueryable<Measure>> VisibleMeasuresAsync(CancellationToken ct)
    {
        // Same rows as VisibleMeasures, but the office's and leader's rounds and the staff's cooperating measures are read first as
        // short id lists: PostgreSQL then reads the measures by index instead of scanning a million of them.
        var scope = await user.LoadAsync(ct);
        var measures = db.Set<Measure>().AsNoTracking();
        switch (scope.Role)
        {
            case Role.Office:
                var roundIds = await OfficeRoundsAsync(scope, ct);
                return measures.Where(m => roundIds.Contains(m.RoundId));
            case Role.Leader:
                // His units' rounds as ids, then four index lookups: the rounds, his units' responsibilities, his name twice.
                var inspected = await OfficeRoundsAsync(scope, ct);
                return measures.Where(m => inspected.Contains(m.RoundId)
                    || (m.ResponsibleUnitId != null && scope.UnitIds.Contains(m.ResponsibleUnitId.Value))
                    || m.LeadLeaderUserId == scope.UserId || m.ResponsibleLeaderUserId == scope.UserId);
            case Role.UnitStaff:
                var cooperating = cooperatingMeasures ??= await db.Set<MeasureCooperatingUnit>().Where(c => scope.UnitIds.Contains(c.UnitId))
                    .Select(c => c.MeasureId).Distinct().ToArrayAsync(ct);
                return measures.Where(m => (m.ResponsibleUnitId != null && scope.UnitIds.Contains(m.ResponsibleUnitId.Value)) || cooperating.Contains(m.Id));
            default:
                return VisibleMeasures(scope);
        }
    }

    /// <summary>
    /// The visible measures of one round. The office's and the inspector's are the round's own when they may read it:
    /// no list of the office's rounds in the SQL, so planning one round's page costs what its rows cost.
    /// </summary>
    public async Task<IQueryable<Measure>> VisibleMeasuresAsync(Guid roundId, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        var measures = db.Set<Measure>().AsNoTracking().Where(m => m.RoundId == roundId);
        switch (scope.Role)
        {
            case Role.Inspector:
                return measures;
            case Role.Office:
                // The round's place in his scope is tested once per statement (a one-time filter), not in a statement of its own.
                var inScope = RoundsOfUnitsUnder(scope.UnitPath).Where(r => r.Id == roundId);
                return measures.Where(_ => inScope.Any());
            default:
                return (await VisibleMeasuresAsync(ct)).Where(m => m.RoundId == roundId);
        }
    }

    /// <summary>
    /// The rounds whose measures are exactly the measures the user may read (office: its rounds; inspector: all), in the
    /// ledger's order (created, then id), or null when his measures cut across rounds (leaders, unit staff): lets a reader
    /// count whole rounds.
    /// </summary>
    public async Task<IReadOnlyList<Guid>?> WholeRoundsAsync(CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        return scope.Role switch
        {
            Role.Office => await OfficeRoundsAsync(scope, ct),
            Role.Inspector => allRounds ??= await db.Set<Round>().OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => r.Id).ToArrayAsync(ct),
            _ => null,
        };
    }

    /// <summary>
    /// The rounds inspecting the user's units (an office's, or a leader's own), in the ledger's order (created, then id). Read
    /// by the units' path, not by their ids: a province's 2,000 ids cost PostgreSQL 3.5 ms of planning.
    /// </summary>
    private async Task<Guid[]> OfficeRoundsAsync(ScopeData scope, CancellationToken ct) =>
        officeRounds ??= await RoundsOfUnitsUnder(scope.UnitPath).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => r.Id).ToArrayAsync(ct);

    private IQueryable<Round> RoundsOfUnitsUnder(string path) =>
        db.Set<Round>().AsNoTracking().Where(r => db.Units.Any(u => u.Id == r.InspectedUnitId && u.Path.StartsWith(path)));

    /// <summary>Measures a user may read: his rounds' for office and leaders, his unit's (and as cooperating unit) for staff.</summary>
    public IQueryable<Measure> VisibleMeasures(ScopeData scope)
    {
        var measures = db.Set<Measure>().AsNoTracking();
        var rounds = db.Set<Round>();
        return scope.Role switch
        {
            Role.Inspector => measures,
            Role.Office => measures.Where(m => rounds.Any(r => r.Id == m.RoundId && scope.UnitIds.Contains(r.InspectedUnitId))),
            Role.Leader => measures.Where(m =>
                rounds.Any(r => r.Id == m.RoundId && scope.UnitIds.Contains(r.InspectedUnitId))
                || (m.ResponsibleUnitId != null && scope.UnitIds.Contains(m.ResponsibleUnitId.Value))
                || m.LeadLeaderUserId == scope.UserId || m.ResponsibleLeaderUserId == scope.UserId),
            Role.UnitStaff => measures.Where(m =>
                (m.ResponsibleUnitId != null && scope.UnitIds.Contains(m.ResponsibleUnitId.Value))
                || m.CooperatingUnits.Any(c => scope.UnitIds.Contains(c.UnitId))),
            _ => measures.Where(_ => false),
        };
    }

    /// <summary>Loads a round the office may change, tracked, or refuses.</summary>
    public async Task<Round> RoundToChangeAsync(Guid roundId, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        var round = await db.Set<Round>().SingleOrDefaultAsync(r => r.Id == roundId, ct)
            ?? throw new NotFoundException(RoundsErrors.RoundNotFound);
        if (!scope.InScope(round.InspectedUnitId)) throw new NotFoundException(RoundsErrors.RoundNotFound);
        return round;
    }

    public async Task<bool> CanReadRoundAsync(Guid roundId, CancellationToken ct) =>
        await (await VisibleRoundsAsync(ct)).AnyAsync(r => r.Id == roundId, ct);

    public async Task<bool> CanReadMeasureAsync(Guid measureId, CancellationToken ct) =>
        await (await VisibleMeasuresAsync(ct)).AnyAsync(m => m.Id == measureId, ct);

    /// <summary>Loads a measure tracked for a unit's report: progress as responsible or cooperating unit.</summary>
    public async Task<(Measure Measure, bool IsResponsibleUnit)> MeasureToReportAsync(Guid measureId, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.UnitStaff) throw new ForbiddenException(PlatformErrors.Forbidden);
        var measure = await db.Set<Measure>().Include(m => m.CooperatingUnits).SingleOrDefaultAsync(m => m.Id == measureId, ct)
            ?? throw new NotFoundException(RoundsErrors.MeasureNotFound);
        var responsible = measure.ResponsibleUnitId is { } u && scope.InScope(u);
        var cooperating = measure.CooperatingUnits.Any(c => scope.InScope(c.UnitId));
        if (!responsible && !cooperating) throw new NotFoundException(RoundsErrors.MeasureNotFound);
        return (measure, responsible);
    }

    /// <summary>Loads a measure for the office's decision on its close-out, tracked, with the request waiting for it.</summary>
    public async Task<Measure> MeasureToReviewAsync(Guid measureId, CancellationToken ct)
    {
        var measure = await db.Set<Measure>().Include(m => m.CloseOuts.Where(c => c.Decision == CloseOutDecision.Pending))
                .SingleOrDefaultAsync(m => m.Id == measureId, ct)
            ?? throw new NotFoundException(RoundsErrors.MeasureNotFound);
        await RoundToChangeAsync(measure.RoundId, ct);
        return measure;
    }

    /// <summary>Loads a measure the office may change (structure, review), tracked, or refuses.</summary>
    public async Task<Measure> MeasureToChangeAsync(Guid measureId, CancellationToken ct)
    {
        var measure = await db.Set<Measure>().Include(m => m.CooperatingUnits).SingleOrDefaultAsync(m => m.Id == measureId, ct)
            ?? throw new NotFoundException(RoundsErrors.MeasureNotFound);
        await RoundToChangeAsync(measure.RoundId, ct);
        return measure;
    }
}
