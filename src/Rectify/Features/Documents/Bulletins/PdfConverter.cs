using System.Diagnostics;
using Microsoft.Extensions.Options;
using Rectify.Platform;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>
/// Turns a .docx into PDF with LibreOffice (`soffice --headless --convert-to pdf`), one conversion at a time with a
/// profile of its own under the data directory. Where LibreOffice is not installed, PDF is refused with a plain
/// message (503) and the .docx stays available.
/// </summary>
public sealed class PdfConverter(IOptions<RectifyOptions> options, IWebHostEnvironment host, ILogger<PdfConverter> log)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private static readonly string[] KnownPlaces = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

    public string? Soffice => Locate(options.Value.Documents.Soffice);

    public bool IsAvailable => Soffice is not null;

    public async Task<byte[]> ConvertAsync(Action<Stream> writeDocx, CancellationToken ct)
    {
        var soffice = Soffice ?? throw new RuleViolation(BulletinErrors.PdfUnavailable, StatusCodes.Status503ServiceUnavailable);
        var dataDir = options.Value.ResolveDataDir(host.ContentRootPath);
        var work = Directory.CreateTempSubdirectory("rectify-pdf-");
        try
        {
            var docx = Path.Combine(work.FullName, "bulletin.docx");
            await using (var file = File.Create(docx)) writeDocx(file);
            await OneAtATime.WaitAsync(ct);
            try
            {
                await RunAsync(soffice, Path.Combine(dataDir, "libreoffice"), docx, work.FullName, ct);
            }
            finally
            {
                OneAtATime.Release();
            }
            var pdf = Path.Combine(work.FullName, "bulletin.pdf");
            if (!File.Exists(pdf)) throw new RuleViolation(BulletinErrors.PdfFailed, StatusCodes.Status503ServiceUnavailable);
            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task RunAsync(string soffice, string profile, string docx, string outDir, CancellationToken ct)
    {
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var fonts = Path.Combine(AppContext.BaseDirectory, "official-fonts.conf");
        if (File.Exists(fonts)) start.Environment["FONTCONFIG_FILE"] = fonts;
        foreach (var arg in new[]
                 {
                     "-env:UserInstallation=" + new Uri(Path.GetFullPath(profile) + "/").AbsoluteUri,
                     "--headless", "--norestore", "--nologo", "--nodefault", "--convert-to", "pdf", "--outdir", outDir, docx,
                 })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new RuleViolation(BulletinErrors.PdfFailed, StatusCodes.Status503ServiceUnavailable);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.Documents.PdfTimeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            log.LogWarning("soffice did not finish within {Seconds} s", options.Value.Documents.PdfTimeoutSeconds);
            throw new RuleViolation(BulletinErrors.PdfFailed, StatusCodes.Status503ServiceUnavailable);
        }
        if (process.ExitCode != 0)
        {
            log.LogWarning("soffice exited with {Code}: {Out} {Err}", process.ExitCode, await stdout, await stderr);
            throw new RuleViolation(BulletinErrors.PdfFailed, StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static string? Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "soffice"));
        return onPath.Concat(KnownPlaces).FirstOrDefault(File.Exists);
    }
}
