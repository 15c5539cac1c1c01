using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Rectify.Platform.Data;

/// <summary>
/// Before a delete is saved, loads the rows the database would delete by cascade and marks them deleted too, so each
/// gets its own audit entry instead of vanishing silently (the database's cascade then finds nothing left to do).
/// </summary>
public static class AuditedCascades
{
    public static async Task TrackAsync(DbContext context, CancellationToken ct)
    {
        var done = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<EntityEntry>(Deleted(context));
        while (pending.TryDequeue(out var principal))
        {
            if (!done.Add(principal.Entity)) continue;
            foreach (var foreignKey in CascadesFrom(principal.Metadata))
            {
                foreach (var dependent in await LoadAsync(context, foreignKey, principal, ct))
                {
                    var entry = context.Entry(dependent);
                    if (entry.State == EntityState.Detached) continue;
                    if (entry.State != EntityState.Deleted) entry.State = EntityState.Deleted;
                    pending.Enqueue(entry);
                }
            }
        }
    }

    private static List<EntityEntry> Deleted(DbContext context) =>
        context.ChangeTracker.Entries().Where(e => e.State == EntityState.Deleted && !e.Metadata.IsOwned()).ToList();

    private static IEnumerable<IForeignKey> CascadesFrom(IEntityType principal) =>
        principal.GetReferencingForeignKeys().Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade
            && !fk.IsOwnership && fk.Properties.Count == 1 && !fk.DeclaringEntityType.IsOwned()
            && fk.DeclaringEntityType.FindPrimaryKey() is not null);

    private static async Task<List<object>> LoadAsync(DbContext context, IForeignKey foreignKey, EntityEntry principal, CancellationToken ct)
    {
        var key = principal.Property(foreignKey.PrincipalKey.Properties[0].Name).CurrentValue;
        if (key is null) return [];
        var type = foreignKey.DeclaringEntityType.ClrType;
        var query = (Task<List<object>>)typeof(AuditedCascades)
            .GetMethod(nameof(WhereAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, [context, foreignKey.Properties[0], key, ct])!;
        return await query;
    }

    private static async Task<List<object>> WhereAsync<T>(DbContext context, IProperty property, object key, CancellationToken ct)
        where T : class
    {
        var row = Expression.Parameter(typeof(T), "row");
        var value = Expression.Call(typeof(EF), nameof(EF.Property), [property.ClrType], row, Expression.Constant(property.Name));
        var equals = Expression.Equal(value, Expression.Convert(Expression.Constant(key), property.ClrType));
        var rows = await context.Set<T>().Where(Expression.Lambda<Func<T, bool>>(equals, row)).ToListAsync(ct);
        return rows.Cast<object>().ToList();
    }
}
