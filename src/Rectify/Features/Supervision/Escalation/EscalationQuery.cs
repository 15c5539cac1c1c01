using Microsoft.EntityFrameworkCore;
using Rectify.Features.Dashboard;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Ledger;
using Rectify.Features.Supervision.Dispatches;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision.Escalation;

public sealed record EscalationItemRow(Guid MeasureId, string Text);

public sealed record EscalationRow(Guid Id, EscalationKind Kind, Guid UnitId, string Unit, string Subject, string Reason, DateOnly On,
    string? Outcome, string CreatedBy, DateTimeOffset CreatedAt, int Version, IReadOnlyList<EscalationItemRow> Items);

/// <summary>
/// A unit proposed for a talk (建议约谈): its open overdue and lagging measures in the office's scope (for a unit last in
/// two dispatches and under the threshold, its figures in the latest dispatch), and why (<see cref="TalkReasons"/>).
/// </summary>
public sealed record TalkProposal(Guid UnitId, string Unit, int Overdue, int Lagging, IReadOnlyList<string> Reasons);

/// <summary>
/// Who sees which escalations: the office and leaders those about units of their scope, inspectors the referrals, unit
/// staff the urgings about their own measures. A page at a time, newest first.
/// </summary>
public sealed class EscalationQuery(RectifyDbContext db, UserScope user, RoundAccess access, DispatchQuery dispatches, KeptCounts kept, TimeProvider time)
{
    public async Task<Page<EscalationRow>> HandleAsync(EscalationKind? kind, int? page, int? pageSize, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        var escalations = db.Set<Escalation>().AsNoTracking();
        escalations = scope.Role switch
        {
            Role.Office or Role.Leader => escalations.Where(e => scope.UnitIds.Contains(e.UnitId)),
            Role.Inspector => escalations.Where(e => e.Kind == EscalationKind.Referral),
            Role.UnitStaff => escalations.Where(e => e.Kind == EscalationKind.Urging
                && e.Items.Any(i => access.VisibleMeasures(scope).Any(m => m.Id == i.MeasureId))),
            _ => escalations.Where(_ => false),
        };
        if (kind is { } k) escalations = escalations.Where(e => e.Kind == k);
        var (number, size) = Paging.Normalize(page, pageSize);
        var total = await escalations.CountAsync(ct);
        var rows = await escalations.OrderByDescending(e => e.CreatedAt).Skip((number - 1) * size).Take(size)
            .Select(e => new
            {
                e.Id, e.Kind, e.UnitId, Unit = db.Set<Unit>().Where(u => u.Id == e.UnitId).Select(u => u.Name).First(),
                e.Subject, e.Reason, e.On, e.Outcome, e.CreatedBy, e.CreatedAt, e.Version,
            }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var items = (await (from i in db.Set<EscalationItem>()
                            join m in db.Set<Measure>() on i.MeasureId equals m.Id
                            where ids.Contains(i.EscalationId)
                            select new { i.EscalationId, m.Id, m.Label, m.Text }).ToListAsync(ct))
            .ToLookup(i => i.EscalationId, i => new EscalationItemRow(i.Id, i.Label + i.Text));
        return new Page<EscalationRow>(rows.Select(r => new EscalationRow(r.Id, r.Kind, r.UnitId, r.Unit, r.Subject, r.Reason, r.On,
            r.Outcome, r.CreatedBy, r.CreatedAt, r.Version, items[r.Id].ToList())).ToList(), total, number, size);
    }

    /// <summary>
    /// Units of the office's scope responsible for at least <paramref name="threshold"/> overdue open measures, and units
    /// last in the ranking of the two latest dispatches of a scope the user sees (末位约谈).
    /// </summary>
    public async Task<IReadOnlyList<TalkProposal>> TalkProposalsAsync(int threshold, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role is not (Role.Office or Role.Leader)) throw new ForbiddenException(PlatformErrors.Forbidden);
        var counts = await WarnedUnitsAsync(threshold, ct);
        var ids = counts.Select(c => c.UnitId).ToList();
        var names = await db.Set<Unit>().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var proposals = counts.ToDictionary(c => c.UnitId,
            c => new TalkProposal(c.UnitId, names.GetValueOrDefault(c.UnitId, ""), c.Overdue, c.Lagging, [TalkReasons.Overdue(threshold)]));
        foreach (var last in (await dispatches.LastInTwoConsecutiveAsync(ct)).DistinctBy(l => l.UnitId))
            proposals[last.UnitId] = proposals.TryGetValue(last.UnitId, out var p)
                ? p with { Reasons = [.. p.Reasons, TalkReasons.LastInTwoDispatches] }
                : new TalkProposal(last.UnitId, last.Unit, last.Overdue, last.Lagging, [TalkReasons.LastInTwoDispatches]);
        return proposals.Values.OrderByDescending(p => p.Reasons.Count).ThenByDescending(p => p.Overdue).ThenByDescending(p => p.Lagging).ToList();
    }

    /// <summary>
    /// The responsible units with at least <paramref name="threshold"/> overdue measures among those the user sees, with
    /// their overdue and lagging counts: an office's whole rounds from the counts the dashboard keeps per round and unit
    /// (the same stored lights), a leader's measures counted.
    /// </summary>
    private async Task<List<(Guid UnitId, int Overdue, int Lagging)>> WarnedUnitsAsync(int threshold, CancellationToken ct)
    {
        if (await access.WholeRoundsAsync(ct) is { } rounds)
            return (await kept.ReadAsync(rounds, null, time.Today(), ct)).Units
                .Where(u => u.UnitId is not null && u.Overdue >= threshold).Select(u => (u.UnitId!.Value, u.Overdue, u.Lagging)).ToList();
        var measures = await access.VisibleMeasuresAsync(ct);
        return (await measures.Where(m => m.ResponsibleUnitId != null && (m.IsOverdue || m.IsLagging))
                .GroupBy(m => m.ResponsibleUnitId!.Value)
                .Select(g => new { UnitId = g.Key, Overdue = g.Count(m => m.IsOverdue), Lagging = g.Count(m => m.IsLagging) })
                .Where(g => g.Overdue >= threshold).ToListAsync(ct))
            .Select(g => (g.UnitId, g.Overdue, g.Lagging)).ToList();
    }

    /// <summary>The open measures of a unit (and those under it) with a warning, to choose from for an urging.</summary>
    public async Task<IReadOnlyList<EscalationItemRow>> WarnedMeasuresAsync(Guid unitId, CancellationToken ct)
    {
        var measures = await (await access.VisibleMeasuresAsync(ct)).WithinAsync(db, unitId, ct);
        return await measures.Where(m => m.IsOverdue || m.IsLagging || m.IsDueSoon || m.IsProgressMissing)
            .OrderBy(m => m.TimeLimit).Take(200)
            .Select(m => new EscalationItemRow(m.Id, m.Label + m.Text)).ToListAsync(ct);
    }
}
