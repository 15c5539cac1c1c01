using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Rectify.Features.Rounds;
using Rectify.Features.Supervision.Escalation;

namespace Rectify.Features.Messages.Events;

/// <summary>A measure given to a unit; <see cref="Version"/> is the measure's version before this save, so the key is stable on a retry.</summary>
public sealed record Assignment(Measure Measure, Guid UnitId, int Version);

/// <summary>A close-out sent back: the measure, the office's reason and who asked for the close-out.</summary>
public sealed record Return(Guid MeasureId, string? Reason, Guid? RequestedById, string Key);

/// <summary>A settled measure put back to work (a rebound found by a look-back, or reopened by the office).</summary>
public sealed record Reopening(Measure Measure, int Version);

/// <summary>
/// The events in one SaveChanges that somebody must act on, read from the change tracker before it saves: the actions
/// that cause them stay unaware of messages, and a message is saved exactly when its event is.
/// </summary>
public sealed record SavedEvents(
    IReadOnlyList<Assignment> Assigned, IReadOnlyList<Return> Returned, IReadOnlyList<Reopening> Reopened, IReadOnlyList<Escalation> Talks)
{
    public bool IsEmpty => Assigned.Count == 0 && Returned.Count == 0 && Reopened.Count == 0 && Talks.Count == 0;

    public static SavedEvents Read(ChangeTracker tracker)
    {
        var measures = tracker.Entries<Measure>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        var assigned = measures.Where(IsAssigned).Select(e => new Assignment(e.Entity, e.Entity.ResponsibleUnitId!.Value, VersionBefore(e))).ToList();

        var closeOuts = tracker.Entries<CloseOut>().Where(e => e.Entity.Decision == CloseOutDecision.Returned
                && (e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(c => c.Decision).OriginalValue != CloseOutDecision.Returned)))
            .Select(e => e.Entity).ToList();
        var returned = closeOuts.Select(c => new Return(c.MeasureId, c.Reason, c.RequestedById, $"returned:{c.Id:N}")).ToList();
        // A return without its close-out record in this save still reaches the unit, keyed by the measure's version.
        returned.AddRange(measures.Where(e => e.State == EntityState.Modified && StatusBefore(e) == MeasureStatus.CloseOutRequested
                && e.Entity.Status is MeasureStatus.InProgress or MeasureStatus.NotStarted && closeOuts.All(c => c.MeasureId != e.Entity.Id))
            .Select(e => new Return(e.Entity.Id, e.Entity.ReturnReason, null, $"returned:{e.Entity.Id:N}:v{VersionBefore(e)}")));

        var reopened = measures.Where(e => e.State == EntityState.Modified && StatusBefore(e).IsSettled() && !e.Entity.Status.IsSettled())
            .Select(e => new Reopening(e.Entity, VersionBefore(e))).ToList();
        var talks = tracker.Entries<Escalation>().Where(e => e.State == EntityState.Added && e.Entity.Kind == EscalationKind.Talk)
            .Select(e => e.Entity).ToList();
        return new SavedEvents(assigned, returned, reopened, talks);
    }

    private static bool IsAssigned(EntityEntry<Measure> e) => e.Entity.ResponsibleUnitId is { } unit
        && (e.State == EntityState.Added || e.Property(m => m.ResponsibleUnitId).OriginalValue != unit);

    private static MeasureStatus StatusBefore(EntityEntry<Measure> e) => e.Property(m => m.Status).OriginalValue;

    private static int VersionBefore(EntityEntry<Measure> e) => e.State == EntityState.Added ? 0 : e.Property(m => m.Version).OriginalValue;
}
