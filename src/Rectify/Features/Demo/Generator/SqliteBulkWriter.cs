using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Rectify.Platform.Data;

namespace Rectify.Features.Demo.Generator;

/// <summary>Multi-row INSERTs through prepared commands, all in one transaction: SQLite's fastest plain path.</summary>
internal sealed class SqliteBulkWriter(RectifyDbContext db) : IBulkWriter
{
    // Binding looks parameters up by name, so its cost grows with the square of their number: 300 per statement
    // (11 rows of measures) loaded 100,000 measures in 6.5 s where 30,000 per statement took 67 s.
    private const int MaxParameters = 300;
    private const int MaxRows = 500;
    private IDbContextTransaction? transaction;

    public async Task BeginAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        transaction = await db.Database.BeginTransactionAsync(ct);
    }

    public async Task<long> WriteAsync<T>(IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        var table = EntityTable.Of<T>(db);
        var batchSize = Math.Clamp(MaxParameters / table.Columns.Count, 1, MaxRows);
        await using var full = Prepare(table, batchSize);
        var batch = new List<T>(batchSize);
        long count = 0;
        foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count < batchSize) continue;
            count += await ExecuteAsync(full, table, batch, ct);
        }
        if (batch.Count > 0)
        {
            await using var rest = Prepare(table, batch.Count);
            count += await ExecuteAsync(rest, table, batch, ct);
        }
        return count;
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        await transaction!.CommitAsync(ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null) await transaction.DisposeAsync();
        await db.Database.CloseConnectionAsync();
    }

    private DbCommand Prepare(EntityTable table, int rowCount)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction!.GetDbTransaction();
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        var values = new List<string>(rowCount);
        for (var r = 0; r < rowCount; r++)
        {
            var names = new List<string>(table.Columns.Count);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var name = $"@p{r}_{c}";
                names.Add(name);
                // The mapping configures the parameter as EF would (Guid as TEXT, DateOnly as yyyy-MM-dd).
                command.Parameters.Add(table.Columns[c].Mapping.CreateParameter(command, name, null, nullable: true));
            }
            values.Add("(" + string.Join(", ", names) + ")");
        }
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({columns}) VALUES {string.Join(", ", values)}";
        command.Prepare();
        return command;
    }

    private static async Task<int> ExecuteAsync<T>(DbCommand command, EntityTable table, List<T> batch, CancellationToken ct) where T : class
    {
        var columns = table.Columns.Count;
        for (var r = 0; r < batch.Count; r++)
        {
            for (var c = 0; c < columns; c++) command.Parameters[r * columns + c].Value = table.Columns[c].Value(batch[r]!) ?? DBNull.Value;
        }
        await command.ExecuteNonQueryAsync(ct);
        var written = batch.Count;
        batch.Clear();
        return written;
    }
}
