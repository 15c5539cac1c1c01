using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Similar;

public sealed record CopyMeasuresInput(Guid FromProblemId, IReadOnlyList<Guid>? MeasureIds);

public sealed record CopiedMeasures(IReadOnlyList<Guid> Ids);

/// <summary>
/// Copies chosen measures of a linked problem into this one as new, not-started measures: text, kind and leaders kept;
/// units and the responsible person only where in the office's scope; a working-day limit counted again from this
/// round's feedback date, a dated limit kept as the date, for the office to review. No progress is copied.
/// </summary>
public sealed class CopyMeasures(RectifyDbContext db, RoundAccess access, MeasureEditor editor, UserScope user)
{
    public async Task<CopiedMeasures> HandleAsync(Guid problemId, CopyMeasuresInput input, CancellationToken ct)
    {
        var roundId = await db.Set<Problem>().Where(p => p.Id == problemId).Select(p => (Guid?)p.RoundId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(RoundsErrors.ProblemNotFound);
        var round = await access.RoundToChangeAsync(roundId, ct);
        var linked = await db.Set<ProblemLink>().AnyAsync(l =>
            (l.ProblemId == problemId && l.LinkedProblemId == input.FromProblemId) || (l.ProblemId == input.FromProblemId && l.LinkedProblemId == problemId), ct);
        if (!linked) throw new RuleViolation(SimilarErrors.CopyNeedsLink);
        var wanted = (input.MeasureIds ?? []).Distinct().ToList();
        if (wanted.Count == 0) throw RuleViolation.Invalid(SimilarErrors.CopyNothingChosen);
        var sources = await (await access.VisibleMeasuresAsync(ct)).Include(m => m.CooperatingUnits)
            .Where(m => m.ProblemId == input.FromProblemId && wanted.Contains(m.Id)).OrderBy(m => m.SortOrder).ToListAsync(ct);
        if (sources.Count != wanted.Count) throw RuleViolation.Invalid(SimilarErrors.CopyMeasureNotFound);

        var scope = await user.LoadAsync(ct);
        var siblings = await db.Set<Measure>().Where(m => m.ProblemId == problemId).OrderBy(m => m.SortOrder).Select(m => m.Label).ToListAsync(ct);
        var ids = new List<Guid>();
        foreach (var source in sources)
            ids.Add((await editor.AddAsync(round, problemId, siblings, InputFrom(source, round, scope), ct)).Id);
        await db.SaveChangesAsync(ct);
        return new CopiedMeasures(ids);
    }

    /// <summary>The copy's form: no label, so it is numbered after this problem's measures.</summary>
    private static MeasureInput InputFrom(Measure source, Round round, ScopeData scope)
    {
        var unit = source.ResponsibleUnitId is { } u && scope.InScope(u) ? u : (Guid?)null;
        var cooperating = source.CooperatingUnits.Select(c => c.UnitId).Where(scope.InScope).ToList();
        var recount = source.TimeLimitWorkingDays is not null && round.FeedbackDate is not null;
        return new MeasureInput(null, source.Text, source.Kind, source.LeadLeader, source.ResponsibleLeader, unit, cooperating,
            unit is null ? null : source.ResponsiblePerson, StartDate: null,
            TimeLimit: recount ? null : source.TimeLimit, TimeLimitWorkingDays: recount ? source.TimeLimitWorkingDays : null);
    }
}
