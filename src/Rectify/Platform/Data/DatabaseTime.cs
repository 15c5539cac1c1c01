using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Rectify.Platform.Data;

/// <summary>
/// The database time of one request, as the Server-Timing header reports it (Rectify:Web:ServerTiming): each statement
/// from its start until its rows are read, and how many statements there were.
/// </summary>
public sealed class DatabaseTime
{
    private long ticks;
    private int statements;

    public int Statements => statements;
    public double Milliseconds => TimeSpan.FromTicks(Interlocked.Read(ref ticks)).TotalMilliseconds;

    public void Add(TimeSpan duration)
    {
        Interlocked.Add(ref ticks, duration.Ticks);
        Interlocked.Increment(ref statements);
    }

    /// <summary>The header's value: db (time, statements) and total (to the first byte).</summary>
    public string Header(TimeSpan total) => string.Create(CultureInfo.InvariantCulture,
        $"db;dur={Milliseconds:F1};desc=\"{Statements}\", total;dur={total.TotalMilliseconds:F1}");
}

/// <summary>Adds each statement's time to the current request's <see cref="DatabaseTime"/>, when the request has one.</summary>
public sealed class DatabaseTimeInterceptor(IHttpContextAccessor http) : DbCommandInterceptor
{
    // When each reader's statement started: it lasts until its rows are read and the reader closes.
    private readonly ConditionalWeakTable<DbCommand, StrongBox<long>> started = new();

    private DatabaseTime? Current => http.HttpContext?.Features.Get<DatabaseTime>();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Start(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Start(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Stop(command);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Stop(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Stop(command);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Current?.Add(eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Current?.Add(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Current?.Add(eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Current?.Add(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    private void Start(DbCommand command)
    {
        if (Current is not null) started.AddOrUpdate(command, new StrongBox<long>(Stopwatch.GetTimestamp()));
    }

    // Closing and disposing both come: the statement is counted once.
    private void Stop(DbCommand command)
    {
        if (started.TryGetValue(command, out var at) && started.Remove(command)) Current?.Add(Stopwatch.GetElapsedTime(at.Value));
    }
}

/// <summary>Gives each request a <see cref="DatabaseTime"/> and reports it, with the time to the first byte, in Server-Timing.</summary>
public sealed class ServerTimingMiddleware(RequestDelegate next, IOptions<RectifyOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!options.Value.Web.ServerTiming) return next(context);
        var time = new DatabaseTime();
        var started = Stopwatch.GetTimestamp();
        context.Features.Set(time);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Append("Server-Timing", time.Header(Stopwatch.GetElapsedTime(started)));
            return Task.CompletedTask;
        });
        return next(context);
    }
}
