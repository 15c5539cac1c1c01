using System.Diagnostics;

namespace Rectify.IntegrationTests.Documents;

/// <summary>
/// Prints a sheet the way a clerk would see it on paper: LibreOffice Calc to PDF (with the fonts the app maps for
/// LibreOffice), then each page as a PNG; both land in artifacts/sheets for a reader to look at.
/// </summary>
public static class SheetPrinter
{
    public static string Artifacts { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../artifacts/sheets"));

    public static async Task<PrintedSheet> PrintAsync(byte[] xlsx, string name)
    {
        Directory.CreateDirectory(Artifacts);
        var work = Directory.CreateTempSubdirectory("rectify-sheet-print-");
        try
        {
            var source = Path.Combine(work.FullName, name + ".xlsx");
            await File.WriteAllBytesAsync(source, xlsx);
            var soffice = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
            var fonts = Path.Combine(AppContext.BaseDirectory, "official-fonts.conf");
            if (File.Exists(fonts)) soffice.Environment["FONTCONFIG_FILE"] = fonts;
            foreach (var arg in new[] { $"-env:UserInstallation=file://{work.FullName}/profile", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", Artifacts, source })
                soffice.ArgumentList.Add(arg);
            await RunAsync(soffice);
            var pdf = Path.Combine(Artifacts, name + ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice did not print {name}");
            await RunAsync(new ProcessStartInfo("pdftoppm", ["-png", "-r", "70", pdf, Path.Combine(Artifacts, name)]));
            var info = await RunAsync(new ProcessStartInfo("pdfinfo", ["-f", "1", "-l", "999", pdf]));
            var sizes = info.Split('\n').Where(l => l.StartsWith("Page ") && l.Contains(" size: "))
                .Select(l => l.Split(" size: ")[1].Split(" pts")[0].Split(" x ")).Select(p => (Width: double.Parse(p[0]), Height: double.Parse(p[1]))).ToList();
            var pages = new List<string>();
            for (var page = 1; page <= sizes.Count; page++)
                pages.Add(await RunAsync(new ProcessStartInfo("pdftotext", ["-layout", "-f", $"{page}", "-l", $"{page}", pdf, "-"])));
            return new PrintedSheet(pdf, sizes, pages);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{start.FileName}: {await error}");
        return await output;
    }
}

/// <summary>A printed sheet: its PDF, each page's size in points and each page's text laid out as printed.</summary>
public sealed record PrintedSheet(string Pdf, IReadOnlyList<(double Width, double Height)> Sizes, IReadOnlyList<string> Pages);
