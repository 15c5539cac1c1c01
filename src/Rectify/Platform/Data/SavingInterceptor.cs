using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rectify.Platform.Data;

/// <summary>
/// A SaveChanges interceptor that adjusts the unit of work before it is saved, the same way whether SaveChanges is
/// called synchronously or not.
/// </summary>
public abstract class SavingInterceptor : SaveChangesInterceptor
{
    protected abstract Task ApplyAsync(DbContext context, CancellationToken ct);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await ApplyAsync(context, cancellationToken);
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) ApplyAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return base.SavingChanges(eventData, result);
    }
}
