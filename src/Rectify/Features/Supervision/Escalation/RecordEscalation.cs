using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Features.Supervision.Reminders;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Supervision.Escalation;

public sealed record EscalationInput(EscalationKind Kind, Guid UnitId, string? Subject, string? Reason, DateOnly? On, IReadOnlyList<Guid>? MeasureIds);

public sealed record OutcomeInput(string? Outcome, int Version);

/// <summary>
/// The office records a step of escalation — 催办, 约谈, 移交纪委 — about a unit of its scope and measures it sees;
/// a talk's outcome is added when known.
/// </summary>
public sealed class RecordEscalation(RectifyDbContext db, UserScope user, RoundAccess access, TimeProvider time, UrgingNotices urgings)
{
    public async Task<Guid> HandleAsync(EscalationInput input, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        if (string.IsNullOrWhiteSpace(input.Reason)) throw RuleViolation.Invalid(EscalationErrors.ReasonRequired);
        if (input.Kind != EscalationKind.Urging && string.IsNullOrWhiteSpace(input.Subject)) throw RuleViolation.Invalid(EscalationErrors.SubjectRequired);
        if (input.Subject?.Trim().Length > 200 || input.Reason.Trim().Length > 2000) throw RuleViolation.Invalid(EscalationErrors.TooLong);
        var measureIds = (input.MeasureIds ?? []).Distinct().ToList();
        if (input.Kind == EscalationKind.Urging && measureIds.Count == 0) throw RuleViolation.Invalid(EscalationErrors.ItemsRequired);
        if (measureIds.Count > 500) throw RuleViolation.Invalid(EscalationErrors.TooManyItems);
        await CreateRound.RequireUnitInScopeAsync(db, scope, input.UnitId, ct);
        if (measureIds.Count > 0)
        {
            var visible = await access.VisibleMeasures(scope).CountAsync(m => measureIds.Contains(m.Id), ct);
            if (visible != measureIds.Count) throw RuleViolation.Invalid(EscalationErrors.MeasureOutOfScope);
        }
        var subject = string.IsNullOrWhiteSpace(input.Subject)
            ? await db.Set<Unit>().Where(u => u.Id == input.UnitId).Select(u => u.Name).SingleAsync(ct)
            : input.Subject;
        var escalation = new Escalation(input.Kind, input.UnitId, subject, input.Reason, input.On ?? time.Today(), scope.UserId, scope.FullName,
            time.GetUtcNow());
        escalation.Link(measureIds);
        db.Add(escalation);
        // An urging is delivered through the channels; it and its messages are saved together.
        if (escalation.Kind == EscalationKind.Urging) await urgings.AddAsync(escalation, subject, ct);
        await db.SaveChangesAsync(ct);
        return escalation.Id;
    }

    public async Task RecordOutcomeAsync(Guid id, OutcomeInput input, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        if (input.Outcome?.Trim().Length > 2000) throw RuleViolation.Invalid(EscalationErrors.TooLong);
        var escalation = await db.Set<Escalation>().SingleOrDefaultAsync(e => e.Id == id && scope.UnitIds.Contains(e.UnitId), ct)
            ?? throw new NotFoundException(EscalationErrors.NotFound);
        if (escalation.Kind != EscalationKind.Talk) throw RuleViolation.Invalid(EscalationErrors.OutcomeOnlyForTalks);
        db.ExpectVersion(escalation, input.Version);
        escalation.RecordOutcome(input.Outcome ?? "");
        await db.SaveChangesAsync(ct);
    }
}
