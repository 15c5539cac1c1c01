using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>A unit's figures under its name (the total of a scope is named 合计).</summary>
public sealed record AppealUnitRates(string Unit, UnitMonthRates Figures);

/// <summary>The rates of every unit of a scope that had handlings assigned in the period (best first, as <see cref="AppealRates.Ranked"/>), the scope's total and the worst units (末位).</summary>
public sealed record AppealRatesReport(DateOnly From, DateOnly To, AppealUnitRates Total, IReadOnlyList<AppealUnitRates> Units,
    IReadOnlyList<AppealUnitRates> Worst);

/// <summary>
/// The monthly rates for the office and leaders, over the handlings of units in their scope; also any period, for the
/// dispatch report. The handlings are read as facts and counted by <see cref="AppealRates"/>, the one place of the rule.
/// </summary>
public sealed class AppealRatesQuery(RectifyDbContext db, UserScope user, TimeProvider time)
{
    /// <summary>At most this many units are named 末位, and never every unit of the list.</summary>
    public const int WorstListed = 3;

    public const string TotalName = "合计";

    public async Task<AppealRatesReport> ForMonthAsync(string? month, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role is not (Role.Office or Role.Leader)) throw new ForbiddenException(PlatformErrors.Forbidden);
        var chosen = AppealMonth.Parse(month, time.Today());
        return await ForPeriodAsync(scope.UnitIds, chosen.First, chosen.Last, ct);
    }

    public async Task<AppealRatesReport> ForPeriodAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var ids = unitIds.ToArray();
        var facts = await db.Set<AppealHandling>().AsNoTracking()
            .Where(h => ids.Contains(h.UnitId) && h.AssignedOn >= from && h.AssignedOn <= to)
            .Select(h => new HandlingFact(h.UnitId, h.AssignedOn, h.TimeLimit, h.Outcome, h.EndedOn, h.RepliedOn, h.Rating))
            .ToListAsync(ct);
        var rates = AppealRates.ForPeriod(facts, from, to, time.Today());
        var found = rates.Select(r => r.UnitId).ToArray();
        var units = await db.Set<Unit>().AsNoTracking().Where(u => found.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.ShortName, u.Path }).ToDictionaryAsync(u => u.Id, ct);
        var rows = AppealRates.Ranked(rates).ThenBy(r => units[r.UnitId].Path, StringComparer.Ordinal)
            .Select(r => new AppealUnitRates(string.IsNullOrEmpty(units[r.UnitId].ShortName) ? units[r.UnitId].Name : units[r.UnitId].ShortName, r))
            .ToList();
        return Report(from, to, rows);
    }

    /// <summary>The total and the worst units of a list of units' figures (also of a dispatch's kept lines).</summary>
    public static AppealRatesReport Report(DateOnly from, DateOnly to, IReadOnlyList<AppealUnitRates> rows)
    {
        var byUnit = rows.ToDictionary(r => r.Figures.UnitId);
        var ranked = rows.Count(r => r.Figures.Own > 0);
        var worst = AppealRates.Worst(rows.Select(r => r.Figures), Math.Max(0, Math.Min(WorstListed, ranked - 1))).Select(r => byUnit[r.UnitId]).ToList();
        return new AppealRatesReport(from, to, new AppealUnitRates(TotalName, AppealRates.Total(rows.Select(r => r.Figures))), rows, worst);
    }
}
