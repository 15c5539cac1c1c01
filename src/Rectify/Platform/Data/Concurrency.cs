using Microsoft.EntityFrameworkCore;

namespace Rectify.Platform.Data;

public static class Concurrency
{
    /// <summary>Saves only if the row still has the version the editor saw; otherwise SaveChanges reports a conflict.</summary>
    public static void ExpectVersion<T>(this DbContext db, T entity, int version) where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
}
