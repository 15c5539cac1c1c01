using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Rectify.Benchmarks;

/// <summary>Keeps the SQL and parameters EF sends, so they can be replayed under EXPLAIN ANALYZE.</summary>
public sealed class CommandCapture : DbCommandInterceptor
{
    private readonly List<(string Sql, NpgsqlParameter[] Parameters)> commands = [];

    public bool Enabled { get; set; }

    public IReadOnlyList<(string Sql, NpgsqlParameter[] Parameters)> Commands => commands;

    public void Clear() => commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Enabled) commands.Add((command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToArray()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
