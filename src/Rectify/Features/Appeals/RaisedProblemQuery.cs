using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;

namespace Rectify.Features.Appeals;

/// <summary>The problem an appeal was raised into, as the rectification ledger keeps it: its round, status and measures' state.</summary>
public sealed record RaisedProblem(Guid ProblemId, Guid RoundId, string RoundTitle, string Label, string Title, string StatusLabel,
    IReadOnlyList<RaisedMeasureRow> Measures);

/// <summary>A measure of the raised problem: its state, completion and lights, read from the ledger's own fields.</summary>
public sealed record RaisedMeasureRow(Guid Id, string Label, string Text, string? ResponsibleUnit, DateOnly? TimeLimit, string StatusLabel,
    int Percent, bool Overdue, bool DueSoon, bool Lagging);

/// <summary>An appeal raised into a problem, as the problem's page lists it for those who may read the appeal.</summary>
public sealed record ProblemAppealRow(Guid Id, string EnterpriseName, string Title, string StateLabel, DateOnly SubmittedOn);

/// <summary>
/// Both directions of the 立项督办 link, read from the appeals' side (Rounds knows nothing of appeals): the problem with its
/// measures for an appeal, and the appeals of a problem that the reader may see.
/// </summary>
public sealed class RaisedProblemQuery(RectifyDbContext db, AppealAccess access)
{
    public async Task<RaisedProblem?> ForAppealAsync(Guid? problemId, CancellationToken ct)
    {
        if (problemId is not { } id) return null;
        var problem = await db.Set<Problem>().AsNoTracking().Where(p => p.Id == id)
            .Join(db.Set<Round>(), p => p.RoundId, r => r.Id, (p, r) => new { p.Id, p.RoundId, RoundTitle = r.Title, p.Label, p.Title })
            .SingleOrDefaultAsync(ct);
        if (problem is null) return null;
        var measures = await db.Set<Measure>().AsNoTracking().Where(m => m.ProblemId == id).OrderBy(m => m.SortOrder)
            .Select(m => new
            {
                m.Id, m.Label, m.Text, m.TimeLimit, m.Status, m.LatestPercent, m.IsOverdue, m.IsDueSoon, m.IsLagging,
                Unit = db.Set<Unit>().Where(u => u.Id == m.ResponsibleUnitId).Select(u => u.ShortName).FirstOrDefault(),
            }).ToListAsync(ct);
        var status = ProblemStatusRule.From(measures.Select(m => m.Status).ToList());
        return new RaisedProblem(problem.Id, problem.RoundId, problem.RoundTitle, problem.Label, problem.Title, status.Label(),
            measures.Select(m => new RaisedMeasureRow(m.Id, m.Label, m.Text, m.Unit, m.TimeLimit, m.Status.Label(), m.LatestPercent,
                m.IsOverdue, m.IsDueSoon, m.IsLagging)).ToList());
    }

    public async Task<IReadOnlyList<ProblemAppealRow>> ForProblemAsync(Guid problemId, CancellationToken ct)
    {
        var found = await (await access.VisibleAsync(ct)).Where(a => a.RaisedProblemId == problemId).OrderBy(a => a.SubmittedAt)
            .Select(a => new { a.Id, a.EnterpriseName, a.Title, a.State, a.SubmittedOn }).ToListAsync(ct);
        return found.Select(a => new ProblemAppealRow(a.Id, a.EnterpriseName, a.Title, a.State.Label(), a.SubmittedOn)).ToList();
    }
}
