using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Rectify.Platform.Web;

/// <summary>
/// A body limit per endpoint: the configured upload size for endpoints that take files (an IFormFile parameter, or
/// <see cref="ReceivesFilesAttribute"/>), Rectify:Uploads:MaxFormBytes for every other one. A declared length over the
/// limit is answered 413 before a byte is read; a body without one is cut off by the server at the limit.
/// </summary>
public sealed class RequestBodyLimits(RequestDelegate next, IOptions<RectifyOptions> options, IProblemDetailsService problems)
{
    // Multipart boundaries and the other form fields around the files.
    private const long FormOverhead = 1024 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        var limit = LimitFor(http.GetEndpoint(), options.Value.Uploads);
        // The error page re-executed for a refused request sees the same headers; it reads no body.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(http);
            return;
        }
        if (http.Request.ContentLength > limit)
        {
            await RefuseAsync(http, limit);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body) body.MaxRequestBodySize = limit;
        await next(http);
    }

    public static long LimitFor(Endpoint? endpoint, UploadOptions uploads) =>
        ReceivesFiles(endpoint) ? uploads.MaxBytes + FormOverhead : uploads.MaxFormBytes;

    private static bool ReceivesFiles(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<ReceivesFilesAttribute>() is not null
        || endpoint?.Metadata.GetOrderedMetadata<IAcceptsMetadata>()
            .Any(a => a.ContentTypes.Contains("multipart/form-data", StringComparer.OrdinalIgnoreCase)) == true;

    private async Task RefuseAsync(HttpContext http, long limit)
    {
        // The client may still be sending: close the connection after the answer rather than read what is refused.
        http.Response.Headers.Connection = "close";
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var message = string.Format(PlatformErrors.BodyTooLarge, Size(limit));
        // Pages show the Chinese error page (status code pages re-execute /Error/413).
        if (!http.Request.Path.StartsWithSegments("/api")) return;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 413, Title = message, Detail = message },
        });
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024 / 1024} MB" : $"{bytes / 1024} KB";
}
