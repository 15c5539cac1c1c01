using Microsoft.Net.Http.Headers;

namespace Rectify.Platform.Security;

/// <summary>
/// Every file handed to a user is a security event (等保: exports and downloads audited): stored files (evidence,
/// issued bulletins) as 下载, generated documents (ledger .xlsx, bulletin and dispatch .docx/.pdf) as 导出. Done once
/// here, for every answer with a Content-Disposition, so no page or endpoint can forget it.
/// </summary>
public sealed class FileDeliveryAudit(RequestDelegate next)
{
    /// <summary>Set by an endpoint that records its own, more precise event (the audit's export counts its rows).</summary>
    public const string Recorded = "rectify:file-delivery-recorded";

    public async Task InvokeAsync(HttpContext context, ISecurityEventLog events)
    {
        await next(context);
        if (context.Response.StatusCode != StatusCodes.Status200OK || context.Items.ContainsKey(Recorded)) return;
        if (!ContentDispositionHeaderValue.TryParse(context.Response.Headers.ContentDisposition.ToString(), out var disposition)) return;
        var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value?.Trim('"');
        var request = context.Request.Path + context.Request.QueryString;
        await events.RecordAsync(KindOf(context.Request), true, name ?? request,
            $"{context.Request.Method} {(request.Length > 300 ? request[..300] : request)}", CancellationToken.None);
    }

    private static SecurityEventKind KindOf(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        var handler = request.Query["handler"].ToString();
        return path.Contains("/evidence/", StringComparison.OrdinalIgnoreCase) || path.Contains("/bulletins/", StringComparison.OrdinalIgnoreCase)
            || handler is "Evidence" or "Issued"
            ? SecurityEventKind.Downloaded
            : SecurityEventKind.Exported;
    }
}
