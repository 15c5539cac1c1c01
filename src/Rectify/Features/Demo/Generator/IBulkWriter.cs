namespace Rectify.Features.Demo.Generator;

/// <summary>Writes generated entities straight into their tables in one transaction: COPY on PostgreSQL, batched INSERTs on SQLite.</summary>
internal interface IBulkWriter : IAsyncDisposable
{
    Task BeginAsync(CancellationToken ct);

    Task<long> WriteAsync<T>(IEnumerable<T> rows, CancellationToken ct) where T : class;

    /// <summary>Commits, and brings the planner's statistics up to date.</summary>
    Task CompleteAsync(CancellationToken ct);
}
