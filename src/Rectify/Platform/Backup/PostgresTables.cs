using Npgsql;

namespace Rectify.Platform.Backup;

/// <summary>
/// A PostgreSQL database's tables as binary COPY files, read in one REPEATABLE READ snapshot, and written back in
/// foreign-key order: PostgreSQL's own row format, so every value (time zones, bytes, arrays) comes back exactly.
/// </summary>
public static class PostgresTables
{
    private const string History = "__EFMigrationsHistory";

    public static async Task DumpAsync(string connectionString, string dir, CancellationToken ct)
    {
        Directory.CreateDirectory(dir);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        foreach (var table in await TablesInOrderAsync(connection, ct))
        {
            await using var file = File.Create(Path.Combine(dir, table + ".copy"));
            await using var copy = await connection.BeginRawBinaryCopyAsync($"COPY \"{table}\" TO STDOUT (FORMAT BINARY)", ct);
            await copy.CopyToAsync(file, ct);
        }
        await snapshot.CommitAsync(ct);
    }

    public static async Task LoadAsync(string connectionString, string dir, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var table in await TablesInOrderAsync(connection, ct))
        {
            var path = Path.Combine(dir, table + ".copy");
            if (!File.Exists(path)) continue;
            await using (var file = File.OpenRead(path))
            await using (var copy = await connection.BeginRawBinaryCopyAsync($"COPY \"{table}\" FROM STDIN (FORMAT BINARY)", ct))
            {
                await file.CopyToAsync(copy, ct);
            }
        }
        await ResetSequencesAsync(connection, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Rows in every table but the migration history (the target is migrated to the same version first).</summary>
    public static async Task<long> CountRowsAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        long rows = 0;
        foreach (var table in await TablesInOrderAsync(connection, ct))
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            rows += (long)(await count.ExecuteScalarAsync(ct))!;
        }
        return rows;
    }

    /// <summary>Public tables, each after the tables its foreign keys point to.</summary>
    public static async Task<List<string>> TablesInOrderAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var tables = await ListAsync(connection, "SELECT relname, '' FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition", ct);
        var references = await ListAsync(connection, "SELECT a.relname, b.relname FROM pg_constraint k JOIN pg_class a ON a.oid = k.conrelid "
            + "JOIN pg_class b ON b.oid = k.confrelid JOIN pg_namespace n ON n.oid = a.relnamespace WHERE k.contype = 'f' AND n.nspname = 'public'", ct);
        var pending = tables.Select(t => t.Item1).Where(t => t != History).Order(StringComparer.Ordinal).ToList();
        var ordered = new List<string>();
        while (pending.Count > 0)
        {
            var ready = pending.Where(t => !references.Any(r => r.Item1 == t && r.Item2 != t && pending.Contains(r.Item2))).ToList();
            if (ready.Count == 0) throw new InvalidOperationException("外键存在循环，无法确定恢复顺序");
            ordered.AddRange(ready);
            pending.RemoveAll(ready.Contains);
        }
        return ordered;
    }

    private static async Task ResetSequencesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var columns = await ListAsync(connection, "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
            + "AND (is_identity = 'YES' OR column_default LIKE 'nextval%')", ct);
        foreach (var (table, column) in columns)
        {
            await using var reset = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
                + $"COALESCE((SELECT max(\"{column}\") FROM \"{table}\"), 0) + 1, false)", connection);
            await reset.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<List<(string, string)>> ListAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        var rows = new List<(string, string)>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add((reader.GetString(0), reader.GetString(1)));
        return rows;
    }
}
