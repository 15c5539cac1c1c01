using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rectify.Features.Documents.Bulletins;
using Rectify.Features.Rounds;
using Rectify.Platform;

namespace Rectify.DocumentBenchmarks;

/// <summary>
/// The bulletin of a round of 5 aspects × 10 problems × 10 measures (500), every measure with a progress report: composed,
/// then written as .docx and HTML in memory, and as PDF through LibreOffice.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BulletinBenchmarks
{
    private static readonly DateOnly Date = new(2024, 4, 18);
    private BulletinSource round = null!;
    private Bulletin bulletin = null!;
    private PdfConverter pdf = null!;

    [GlobalSetup]
    public void Setup()
    {
        round = Round();
        bulletin = BulletinComposer.Compose(round, Date);
        pdf = Converter();
    }

    /// <summary>Writes the benchmark's bulletin as .docx, .html and .pdf into a folder, to look at.</summary>
    public static async Task WriteSampleAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var bulletin = BulletinComposer.Compose(Round(), Date);
        await using (var docx = File.Create(Path.Combine(folder, "bulletin-500.docx"))) BulletinDocx.Write(bulletin, docx);
        await File.WriteAllTextAsync(Path.Combine(folder, "bulletin-500.html"), BulletinHtml.Page(bulletin));
        // Run under /usr/bin/time -v for the peak memory (the largest of this process and soffice).
        var converter = Converter();
        for (var run = 1; run <= 3; run++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var pdf = await converter.ConvertAsync(s => BulletinDocx.Write(bulletin, s), CancellationToken.None);
            Console.WriteLine($"PDF run {run}: {clock.Elapsed.TotalSeconds:0.00} s, {pdf.Length / 1024} KB");
            await File.WriteAllBytesAsync(Path.Combine(folder, "bulletin-500.pdf"), pdf);
        }
    }

    private static PdfConverter Converter() => new(Options.Create(new RectifyOptions { DataDir = Path.Combine(Path.GetTempPath(), "rectify-bench-pdf") }),
        new BenchHost(), NullLogger<PdfConverter>.Instance);

    private static BulletinSource Round()
    {
        var n = 0;
        return new BulletinSource(RoundKind.Patrol, "市委第五巡察组", "市发展改革委", "中共某市发展和改革委员会党组",
            new DateOnly(2023, 6, 5), new DateOnly(2023, 9, 8), new DateOnly(2023, 11, 10), null, null, "联系电话:0546-8382481",
            Enumerable.Range(1, 5).Select(a => new BulletinSection($"关于第{a}方面工作落实不到位的问题", [],
                Enumerable.Range(1, 10).Select(p => new BulletinProblem($"第{a}方面第{p}个具体问题,落实上级决策部署不够坚决有力", null,
                    Enumerable.Range(1, 10).Select(m => new BulletinMeasure(
                        $"第{++n}条措施:健全工作机制,压实主体责任,对照问题清单逐项整改,定期调度推进情况,确保按期完成整改任务",
                        MeasureKind.Dated, (MeasureStatus)(n % 5), n % 100,
                        "已召开专题会议研究部署,制定整改方案,明确责任分工和完成时限,相关制度已起草完毕正在征求意见")).ToList())).ToList())).ToList(),
            []);
    }

    [Benchmark]
    public Bulletin Compose() => BulletinComposer.Compose(round, Date);

    [Benchmark]
    public long ComposeAndWriteDocx()
    {
        using var stream = new MemoryStream();
        BulletinDocx.Write(BulletinComposer.Compose(round, Date), stream);
        return stream.Length;
    }

    [Benchmark]
    public int ComposeAndWriteHtml() => BulletinHtml.Page(BulletinComposer.Compose(round, Date)).Length;

    [Benchmark]
    [IterationCount(5)]
    [WarmupCount(1)]
    public async Task<int> Pdf() => (await pdf.ConvertAsync(s => BulletinDocx.Write(bulletin, s), CancellationToken.None)).Length;

    private sealed class BenchHost : Microsoft.AspNetCore.Hosting.IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = Path.GetTempPath();
        public Microsoft.Extensions.FileProviders.IFileProvider WebRootFileProvider { get; set; } = null!;
        public string ApplicationName { get; set; } = "Rectify";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public string EnvironmentName { get; set; } = "Production";
    }
}
