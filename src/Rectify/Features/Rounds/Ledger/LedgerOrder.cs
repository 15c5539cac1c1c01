namespace Rectify.Features.Rounds.Ledger;

/// <summary>
/// The ledger's sort orders, applied to measure ids only: a page is chosen on narrow rows (in memory, no spill to
/// disk) and its wide rows are read afterwards by id. Sorts on the measure alone join nothing. The ledger pages the
/// outline (ascending), the time limit and the last change by key instead (<see cref="LedgerPages"/>).
/// </summary>
public static class LedgerOrder
{
    public static IQueryable<Guid> PageIds(IQueryable<Measure> measures, IQueryable<Problem> problems, IQueryable<Round> rounds, string? sort, bool desc)
    {
        switch (sort, desc)
        {
            case ("status", false): return measures.OrderBy(m => m.Status).ThenBy(m => m.Id).Select(m => m.Id);
            case ("status", true): return measures.OrderByDescending(m => m.Status).ThenBy(m => m.Id).Select(m => m.Id);
            case ("progress", false): return measures.OrderBy(m => m.LatestPercent).ThenBy(m => m.Id).Select(m => m.Id);
            case ("progress", true): return measures.OrderByDescending(m => m.LatestPercent).ThenBy(m => m.Id).Select(m => m.Id);
            // By time limit and by last change (最近更新): LedgerPages, which pages them by key.
        }
        var rows =
            from m in measures
            // A measure's problem is in its round; saying so lets PostgreSQL read only that round's problems.
            join p in problems on new { Id = m.ProblemId, m.RoundId } equals new { p.Id, p.RoundId }
            join r in rounds on m.RoundId equals r.Id
            select new { m, p, r };
        rows = (sort, desc) switch
        {
            ("unit", _) => rows.OrderBy(x => x.m.ResponsibleUnitId).ThenBy(x => x.p.SortKey).ThenBy(x => x.m.SortOrder),
            (_, true) => rows.OrderByDescending(x => x.r.CreatedAt).ThenByDescending(x => x.p.SortKey).ThenByDescending(x => x.m.SortOrder),
            _ => rows.OrderBy(x => x.r.CreatedAt).ThenBy(x => x.r.Id).ThenBy(x => x.p.SortKey).ThenBy(x => x.m.SortOrder),
        };
        return rows.Select(x => x.m.Id);
    }
}
