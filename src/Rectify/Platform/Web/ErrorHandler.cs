using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;

namespace Rectify.Platform.Web;

/// <summary>Maps every failure to one RFC 9457 shape with a Chinese message.</summary>
public sealed class ErrorHandler(IProblemDetailsService problems, ILogger<ErrorHandler> log, IHostEnvironment host) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // Pages fall through to the error page; the API always gets problem details.
        if (!http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/healthz")) return false;
        if (exception is DbUpdateConcurrencyException concurrency) exception = await ConflictAsync(concurrency, cancellationToken);
        var (status, title, extra) = exception switch
        {
            RuleViolation rule => (rule.StatusCode, rule.Message, null),
            NotFoundException nf => (StatusCodes.Status404NotFound, nf.Message, null),
            ForbiddenException f => (StatusCodes.Status403Forbidden, f.Message, null),
            ConcurrencyConflict c => (StatusCodes.Status409Conflict, c.Message, c.Current),
            BadHttpRequestException { StatusCode: 413 } => (StatusCodes.Status413PayloadTooLarge, PlatformErrors.TooLarge, null),
            BadHttpRequestException => (StatusCodes.Status400BadRequest, PlatformErrors.BadRequest, null),
            _ when Data.DatabaseBusy.Is(exception) => (StatusCodes.Status503ServiceUnavailable, PlatformErrors.Busy, null),
            _ => (StatusCodes.Status500InternalServerError, PlatformErrors.Unexpected, (object?)null),
        };
        if (status == StatusCodes.Status500InternalServerError) log.LogError(exception, "Unhandled error");
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) Data.DatabaseBusy.AddRetryAfter(http.Response);
        var details = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = title };
        if (extra is not null) details.Extensions["current"] = extra;
        if (exception is RuleViolation { Errors: { } errors }) details.Extensions["errors"] = errors;
        if (exception is RuleViolation { Extensions: { } extensions })
            foreach (var (name, value) in extensions) details.Extensions[name] = value;
        // Developers and tests see the cause of an unexpected error; users never do.
        if (status == StatusCodes.Status500InternalServerError && (host.IsDevelopment() || host.IsEnvironment("Testing")))
            details.Extensions["exception"] = exception.ToString();
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    /// <summary>A lost race: the client is shown what the item holds now, so nothing is overwritten silently.</summary>
    public static async Task<ConcurrencyConflict> ConflictAsync(DbUpdateConcurrencyException exception, CancellationToken ct)
    {
        var entry = exception.Entries.FirstOrDefault();
        var values = entry is null ? null : await entry.GetDatabaseValuesAsync(ct);
        var current = values?.Properties.ToDictionary(
            p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p => values[p] is { } v && v.GetType().IsEnum ? v.ToString() : values[p]);
        return new ConcurrencyConflict(PlatformErrors.Conflict, current);
    }
}
