using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Rectify.Features.Rounds;
using Rectify.Platform.Data;

namespace Rectify.Features.Similar;

/// <summary>
/// Keeps the gram index in step with problems wherever they are saved (forms, API, report and sheet imports, demo
/// data): a problem added, or its title or feedback changed, gets its grams rewritten in the same transaction.
/// Deleted problems lose theirs by the foreign key's cascade.
/// </summary>
public sealed class ProblemGramsInterceptor : SaveChangesInterceptor
{
    private List<ProblemGramWriter.Text>? added;
    private List<ProblemGramWriter.Text>? edited;
    private IDbContextTransaction? own;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is RectifyDbContext db && Collect(db) && db.Database.CurrentTransaction is null)
            own = await db.Database.BeginTransactionAsync(cancellationToken);
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is RectifyDbContext db && (added is not null || edited is not null))
        {
            try
            {
                await ProblemGramWriter.WriteAsync(db, added ?? [], replace: false, cancellationToken);
                await ProblemGramWriter.WriteAsync(db, edited ?? [], replace: true, cancellationToken);
                if (own is not null) await own.CommitAsync(cancellationToken);
            }
            finally
            {
                await EndAsync();
            }
        }
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        await EndAsync();
        await base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is RectifyDbContext db && Collect(db) && db.Database.CurrentTransaction is null)
            own = db.Database.BeginTransaction();
        return base.SavingChanges(eventData, result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    /// <summary>Notes the problems whose grams must be written; true when there are any.</summary>
    private bool Collect(RectifyDbContext db)
    {
        added = null;
        edited = null;
        foreach (var entry in db.ChangeTracker.Entries<Problem>())
        {
            var text = new ProblemGramWriter.Text(entry.Entity.Id, entry.Entity.Title, entry.Entity.Feedback);
            if (entry.State == EntityState.Added) (added ??= []).Add(text);
            else if (entry.State == EntityState.Modified
                && (entry.Property(p => p.Title).IsModified || entry.Property(p => p.Feedback).IsModified)) (edited ??= []).Add(text);
        }
        return added is not null || edited is not null;
    }

    private async Task EndAsync()
    {
        added = null;
        edited = null;
        if (own is null) return;
        await own.DisposeAsync();
        own = null;
    }
}
