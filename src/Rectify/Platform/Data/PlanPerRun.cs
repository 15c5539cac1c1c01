using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rectify.Platform.Data;

/// <summary>
/// Statements that PostgreSQL must plan for their parameters on every run. Npgsql prepares a statement the application
/// sends often (Max Auto Prepare), and after five runs PostgreSQL may keep one generic plan made without the parameters'
/// values. For a substring search that plan cannot tell how few rows the trigram index gives: the ledger's search over all
/// rounds took 150 ms instead of 50 (docs/benchmarks.md, issue 15's sixth slice). A query marked with
/// <see cref="Mark{T}"/> gets a run number in its first comment, so its text is never sent twice and never prepared; the
/// parameters stay parameters.
/// </summary>
public static class PlanPerRun
{
    public const string Tag = "plan per run";

    /// <summary>The tag as EF writes it, the first line of a marked statement.</summary>
    public const string Comment = "-- " + Tag;

    public static IQueryable<T> Mark<T>(IQueryable<T> query) => query.TagWith(Tag);
}

/// <summary>
/// Numbers each run of a statement marked <see cref="PlanPerRun"/> (EF writes the tag as its first line, "-- plan per run").
/// EF sends every query, counts included, as a reader.
/// </summary>
public sealed class PlanPerRunInterceptor : DbCommandInterceptor
{
    private static long runs;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Number(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Number(command);
        return ValueTask.FromResult(result);
    }

    private static void Number(DbCommand command)
    {
        var text = command.CommandText;
        if (!text.StartsWith(PlanPerRun.Comment, StringComparison.Ordinal)) return;
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"{PlanPerRun.Comment} {Interlocked.Increment(ref runs)}") + text[PlanPerRun.Comment.Length..];
    }
}
