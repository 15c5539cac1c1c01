using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rectify.Features.Documents.Parsing;

namespace Rectify.DocumentBenchmarks;

/// <summary>
/// A 100-page report (about 65,000 characters: 10 aspects × 12 problems × 5 measures) in three forms: a narrative .txt,
/// a .docx whose 问题清单 is a table, and the narrative in traditional characters with pinyin. `report write DIR` writes
/// them; `report parse FILE` reads and parses one in this (fresh) process: median time, allocation, peak memory.
/// </summary>
public static class ReportRun
{
    private const int Aspects = 10, Problems = 12, Measures = 5;

    public static async Task RunAsync(string[] args)
    {
        if (args is ["write", var folder]) Write(folder);
        else if (args is ["parse", var file, ..]) await ParseAsync(file, args.Length > 2 ? int.Parse(args[2]) : 20);
        else Console.Error.WriteLine("report write DIR | report parse FILE [RUNS]");
    }

    private static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var narrative = Narrative();
        File.WriteAllText(Path.Combine(folder, "report-100p.txt"), narrative);
        File.WriteAllText(Path.Combine(folder, "report-100p-traditional.txt"), Traditional(narrative));
        File.WriteAllBytes(Path.Combine(folder, "report-100p-table.docx"), TableDocx());
        foreach (var f in Directory.GetFiles(folder, "report-100p*")) Console.WriteLine($"{f}\t{new FileInfo(f).Length:N0} bytes");
    }

    private static async Task ParseAsync(string file, int runs)
    {
        var before = PeakRss();
        var times = new List<double>();
        long allocated = 0;
        ParsedReport? report = null;
        for (var i = 0; i < runs; i++)
        {
            var start = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            await using (var stream = File.OpenRead(file)) report = ReportParser.Parse(ReportReader.ReadText(stream, file));
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - start;
        }
        times.Sort();
        Console.WriteLine($"{Path.GetFileName(file)}: {report!.Counts.Problems} problems, {report.Counts.Measures} measures; " +
            $"first {times.Max():F1} ms, median {times[times.Count / 2]:F1} ms, allocated {allocated / 1048576.0:F1} MB per parse, " +
            $"peak RSS {before} → {PeakRss()} MB");
    }

    private static long PeakRss() =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:")).Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault();

    private static string Measure(int a, int p, int m) =>
        $"围绕第{a}方面第{p}个问题,组织相关科室开展第{m}轮专项排查,逐项建立问题清单、任务清单和责任清单,明确完成时限和责任人,每月调度一次整改进展,对推进缓慢的事项及时督办,确保整改工作按计划推进并形成长效机制。";

    private static string Narrative()
    {
        var sb = new StringBuilder();
        sb.AppendLine("中共某市交通运输局党组关于市委第四巡察组反馈意见整改进展情况的通报");
        sb.AppendLine($"根据市委统一部署,2023年3月6日至5月12日,市委第四巡察组对市交通运输局党组进行了常规巡察。2023年6月20日,市委第四巡察组向市交通运输局党组反馈了巡察意见。局党组对反馈的{Aspects}个方面{Aspects * Problems}个问题逐项制定{Aspects * Problems * Measures}条整改措施。现将整改进展情况予以公布。");
        sb.AppendLine("一、整改工作组织情况");
        sb.AppendLine("局党组召开专题会议研究部署整改工作,成立整改工作领导小组,主要负责同志任组长。");
        sb.AppendLine("二、反馈问题整改落实情况");
        for (var a = 1; a <= Aspects; a++)
        {
            sb.AppendLine($"({Cn(a)})关于第{a}方面工作落实不到位的问题");
            for (var p = 1; p <= Problems; p++)
            {
                sb.AppendLine($"{p}.第{a}方面第{p}个具体问题整改不彻底的问题。");
                sb.Append("整改情况:");
                for (var m = 1; m <= Measures; m++) sb.Append(Cn(m)).Append('是').Append(Measure(a, p, m));
                sb.AppendLine();
            }
        }
        sb.AppendLine("三、下步工作打算");
        sb.AppendLine("局党组将持续巩固整改成果,推动整改工作常态长效。");
        sb.AppendLine("中共某市交通运输局党组");
        sb.AppendLine("2023年12月20日");
        return sb.ToString();
    }

    // Traditional forms of the characters the narrative uses, and pinyin after one character in each measure.
    private static string Traditional(string text)
    {
        var forms = new Dictionary<char, char>
        {
            ['关'] = '關',
            ['于'] = '於',
            ['馈'] = '饋',
            ['见'] = '見',
            ['进'] = '進',
            ['况'] = '況',
            ['组'] = '組',
            ['项'] = '項',
            ['问'] = '問',
            ['题'] = '題',
            ['责'] = '責',
            ['织'] = '織',
            ['开'] = '開',
            ['专'] = '專',
            ['单'] = '單',
            ['调'] = '調',
            ['动'] = '動',
            ['划'] = '劃',
            ['时'] = '時',
            ['长'] = '長',
            ['会'] = '會',
        };
        var converted = new string(text.Select(c => forms.GetValueOrDefault(c, c)).ToArray());
        return converted.Replace("督辦", "督(dū)辦").Replace("督办", "督(dū)办");
    }

    private static byte[] TableDocx()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var line in Narrative().Split('\n').Take(5)) body.Append(Paragraph(line));
            var table = new Table(Row("序号", "问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限"));
            for (var a = 1; a <= Aspects; a++)
            {
                table.Append(new TableRow(new TableCell(new TableCellProperties(new GridSpan { Val = 7 }),
                    Paragraph($"{Cn(a)}、关于第{a}方面工作落实不到位的问题"))));
                for (var p = 1; p <= Problems; p++)
                {
                    var measures = string.Join("\n", Enumerable.Range(1, Measures).Select(m => $"{m}.{Measure(a, p, m)}"));
                    table.Append(Row($"{p}", $"第{a}方面第{p}个具体问题整改不彻底的问题。", measures, "张副局长", "综合规划科、法规科", "李明", "2024年6月30日"));
                }
            }
            body.Append(table, Paragraph("三、下步工作打算"), Paragraph("局党组将持续巩固整改成果。"), Paragraph("中共某市交通运输局党组"), Paragraph("2023年12月20日"));
            doc.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => new TableCell(c.Split('\n').Select(Paragraph).ToArray<OpenXmlElement>())));

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text)));

    private static char Cn(int n) => "一二三四五六七八九十"[n - 1];
}
