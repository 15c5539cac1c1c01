using Microsoft.EntityFrameworkCore;
using Rectify.Features.Appeals;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision.Dispatches;

/// <summary>The scope (one round, or null for all rounds) and the period; the period defaults to the days since the previous dispatch, or the last week, to today.</summary>
public sealed record DispatchInput(Guid? RoundId, DateOnly? From, DateOnly? To);

/// <summary>
/// The office issues a dispatch: the figures of its scope as they stand today, ranked, with the worst measures, kept as
/// 第N期 of that scope (same office, same round or all) and compared with the previous one.
/// </summary>
public sealed class IssueDispatch(RectifyDbContext db, UserScope user, RoundAccess access, DispatchFiguresQuery figures,
    AppealRatesQuery appeals, TimeProvider time)
{
    public async Task<Guid> HandleAsync(DispatchInput input, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        string? roundTitle = null;
        if (input.RoundId is { } roundId)
            roundTitle = await db.Set<Round>().Where(r => r.Id == roundId && scope.UnitIds.Contains(r.InspectedUnitId)).Select(r => r.Title)
                .SingleOrDefaultAsync(ct) ?? throw new NotFoundException(RoundsErrors.RoundNotFound);

        var key = Dispatch.ScopeKeyOf(scope.UnitId, input.RoundId);
        var previous = await db.Set<Dispatch>().Where(d => d.ScopeKey == key).OrderByDescending(d => d.Number)
            .Select(d => new { d.Id, d.Number, d.PeriodTo }).FirstOrDefaultAsync(ct);
        var today = time.Today();
        var to = input.To ?? today;
        var from = input.From ?? (previous is not null && previous.PeriodTo < to ? previous.PeriodTo.AddDays(1) : to.AddDays(-6));
        var number = (previous?.Number ?? 0) + 1;
        var office = await db.Set<Unit>().Where(u => u.Id == scope.UnitId).Select(u => u.Name).SingleAsync(ct);
        var dispatch = new Dispatch(scope.UnitId, office, input.RoundId, roundTitle, number, DispatchComposer.TitleOf(office, number), from, to, today,
            scope.UserId, scope.FullName, time.GetUtcNow(), previous?.Id);

        var measures = await access.VisibleMeasuresAsync(ct);
        if (input.RoundId is { } id) measures = measures.Where(m => m.RoundId == id);
        dispatch.Record(DispatchRanking.Rank(await figures.TallyAsync(measures, from, to, ct)), await figures.WorstAsync(measures, today, ct));
        if (input.RoundId is null)
            dispatch.RecordAppeals((await appeals.ForPeriodAsync(scope.UnitIds, from, to, ct)).Units.Select(u => new DispatchAppealUnit(u.Unit, u.Figures)));
        db.Add(dispatch);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (scope, number): another dispatch of the scope was issued between our read and our save.
            if (await db.Set<Dispatch>().AnyAsync(d => d.ScopeKey == key && d.Number == number, ct)) throw new RuleViolation(DispatchErrors.IssuedMeanwhile);
            throw;
        }
        return dispatch.Id;
    }
}
