using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Rectify.Platform.Security;

namespace Rectify.Platform.Data;

/// <summary>Writes who, when, which fields, before and after, in the same SaveChanges as the change.</summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, TimeProvider time, IHttpContextAccessor http) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Skipped =
        [nameof(IVersioned.Version), "Secret", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail"];

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) Record(context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) Record(context);
        return base.SavingChanges(eventData, result);
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
            if (before != after) changes.Add(new FieldChange(name, before, after));
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
