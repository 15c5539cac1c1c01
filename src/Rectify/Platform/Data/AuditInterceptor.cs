using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Rectify.Platform.Security;

namespace Rectify.Platform.Data;

/// <summary>
/// Writes who, when, which fields, before and after, in the same SaveChanges as the change; rows the database would
/// delete by cascade are deleted here first so each is audited; secrets are masked; the entries are chained
/// (<see cref="AuditChain"/>) under the chain's lock, in a transaction of their own when the caller has none.
/// </summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, TimeProvider time, IHttpContextAccessor http) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Skipped =
        [nameof(IVersioned.Version), "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail"];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, IDbContextTransaction> Owned = [];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> Chaining = [];

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await PrepareAsync(context, cancellationToken);
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) PrepareAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Owned.TryGetValue(context, out var transaction))
        {
            Owned.Remove(context);
            await using (transaction) await transaction.CommitAsync(cancellationToken);
        }
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        await AbandonAsync(eventData.Context);
        await base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => AbandonAsync(eventData.Context).GetAwaiter().GetResult();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        await AbandonAsync(eventData.Context);
        await base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => AbandonAsync(eventData.Context).GetAwaiter().GetResult();

    /// <summary>Lets <see cref="AuditChain.PrepareAsync"/> chain entries written before the chain existed, once.</summary>
    internal static void AllowChaining(DbContext context) => Chaining.AddOrUpdate(context, true);

    private async Task PrepareAsync(DbContext context, CancellationToken ct)
    {
        RefuseChangedEntries(context);
        await AuditedCascades.TrackAsync(context, ct);
        Record(context);
        await ChainAsync(context, ct);
    }

    private static void RefuseChangedEntries(DbContext context)
    {
        if (Chaining.TryGetValue(context, out _))
        {
            Chaining.Remove(context);
            return;
        }
        if (context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("审计记录只能追加，不能修改或删除");
    }

    private static async Task ChainAsync(DbContext context, CancellationToken ct)
    {
        var added = context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0) return;
        if (context.Database.CurrentTransaction is null)
            Owned.AddOrUpdate(context, await context.Database.BeginTransactionAsync(ct));
        AuditChain.Seal(added, await AuditChain.LockAndReadLastAsync(context, ct));
    }

    private static async Task AbandonAsync(DbContext? context)
    {
        if (context is null || !Owned.TryGetValue(context, out var transaction)) return;
        Owned.Remove(context);
        await using (transaction) await transaction.RollbackAsync();
    }

    private void Record(DbContext context)
    {
        var at = time.GetUtcNow();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !e.Metadata.IsOwned() && e.Metadata.FindPrimaryKey() is not null)
            .Where(e => !e.Metadata.ClrType.IsDefined(typeof(UnauditedAttribute), inherit: false))
            .Where(e => !e.Metadata.ClrType.IsDefined(typeof(DerivedAttribute), inherit: false))
            .ToList();
        foreach (var entry in entries)
        {
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;
            context.Add(new AuditEntry
            {
                At = at,
                UserId = currentUser.Id,
                UserName = currentUser.Name,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                SubjectId = (entry.Entity as IAuditSubject)?.AuditSubjectId.ToString() ?? KeyOf(entry),
                Action = entry.State switch { EntityState.Added => "新增", EntityState.Deleted => "删除", _ => "修改" },
                Changes = Serialize(changes),
                Address = SecurityEventLog.AddressOf(http.HttpContext),
            });
        }
    }

    /// <summary>Field changes as the audit stores them; also for steps written without a tracked entity.</summary>
    public static string Serialize(IEnumerable<FieldChange> changes) => JsonSerializer.Serialize(changes, Json);

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static List<FieldChange> Changes(EntityEntry entry)
    {
        var changes = new List<FieldChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Skipped.Contains(name) || property.Metadata.IsShadowProperty()) continue;
            if (property.Metadata.PropertyInfo?.IsDefined(typeof(DerivedAttribute), inherit: false) == true) continue;
            var before = entry.State == EntityState.Added ? null : Format(property.OriginalValue);
            var after = entry.State == EntityState.Deleted ? null : Format(property.CurrentValue);
            if (before != after) changes.Add(new FieldChange(name, AuditMasking.Mask(name, before), AuditMasking.Mask(name, after)));
        }
        return changes;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToString("O"),
        DateOnly d => d.ToString("yyyy-MM-dd"),
        _ => value.ToString(),
    };
}
