using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds.Structure;

/// <summary>Applies a measure's form to the entity: units checked, names linked to accounts, time limit computed.</summary>
public sealed class MeasureEditor(RectifyDbContext db, WorkingDayCalendar calendar, UserScope user)
{
    /// <summary>
    /// The one way a measure is added from a form — the office's, a sheet's line, a copy (举一反三): last after its siblings
    /// (their labels in order, the new one then joins them), labelled as the form asks (<see cref="Numbering.Asked"/>), the
    /// form applied, then tracked for the caller's save.
    /// </summary>
    public async Task<Measure> AddAsync(Round round, Guid problemId, List<string> siblingLabels, MeasureInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var measure = Measure.AddTo(round.Id, problemId, siblingLabels, Numbering.Asked(input.Label), input.Text, input.Kind);
        await ApplyAsync(measure, round, input with { Label = measure.Label }, ct);
        db.Add(measure);
        siblingLabels.Add(measure.Label);
        return measure;
    }

    public async Task ApplyAsync(Measure measure, Round round, MeasureInput input, CancellationToken ct)
    {
        Inputs.Checked(input);
        var scope = await user.LoadAsync(ct);
        var cooperating = input.CooperatingUnitIds ?? [];
        var unitIds = cooperating.Append(input.ResponsibleUnitId ?? Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var found = await db.Set<Unit>().CountAsync(u => unitIds.Contains(u.Id), ct);
        if (found != unitIds.Count) throw RuleViolation.Invalid(RoundsErrors.UnitNotFound);
        if (unitIds.Any(id => !scope.InScope(id))) throw RuleViolation.Invalid(RoundsErrors.UnitOutOfScope);

        measure.Edit(input.Label ?? measure.Label, input.Text, input.Kind);
        measure.AssignResponsibility(new MeasureResponsibility(
            input.LeadLeader, await LeaderAsync(input.LeadLeader, scope, ct),
            input.ResponsibleLeader, await LeaderAsync(input.ResponsibleLeader, scope, ct),
            input.ResponsibleUnitId, cooperating,
            input.ResponsiblePerson, await PersonAsync(input.ResponsiblePerson, input.ResponsibleUnitId, ct)));
        ApplyTimeLimit(measure, round, input);
    }

    private void ApplyTimeLimit(Measure measure, Round round, MeasureInput input)
    {
        // A long-term measure has no limit: a date still in the form's hidden field is not a second choice.
        if (input.Kind == MeasureKind.LongTerm)
            measure.ClearTimeLimit();
        else if (input.TimeLimitWorkingDays is { } days)
            measure.SetTimeLimitInWorkingDays(input.StartDate, round.FeedbackDate, days, calendar);
        else if (input.TimeLimit is { } limit)
            measure.SetTimeLimit(input.StartDate, limit, calendar);
        else
            measure.ClearTimeLimit();
    }

    /// <summary>A leader's name links to his account when exactly one active leader in scope has it.</summary>
    private async Task<Guid?> LeaderAsync(string? name, ScopeData scope, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var trimmed = name.Trim();
        var ids = await db.Users.Where(u => u.IsActive && u.Role == Role.Leader && u.FullName == trimmed && scope.UnitIds.Contains(u.UnitId))
            .Select(u => u.Id).Take(2).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : null;
    }

    private async Task<Guid?> PersonAsync(string? name, Guid? unitId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) || unitId is null) return null;
        var trimmed = name.Trim();
        var ids = await db.Users.Where(u => u.IsActive && u.UnitId == unitId && u.FullName == trimmed)
            .Select(u => u.Id).Take(2).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : null;
    }
}
