using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Rectify.Features.Documents;
using Rectify.Features.Documents.Excel;
using Rectify.Features.Documents.Parsing;
using Rectify.Platform.Files;
using Rectify.Platform.Web;
using Rectify.UnitTests.Features.Documents.Parsing;
using static Rectify.UnitTests.Platform.Files.HostileFiles;

namespace Rectify.UnitTests.Features.Documents;

/// <summary>
/// A mutation fuzzer over what users upload: small valid reports (.txt, .docx) and ledger sheets (.xlsx) are flipped,
/// cut, padded and re-zipped with mangled parts, then read by the report parser and by the sheet reading both importers
/// share. Every input must end in a result or a Chinese refusal, within a time and memory bound. RECTIFY_FUZZ_SECONDS
/// sets the budget (20 s by default); a failing input is written to the temp folder to be replayed.
/// </summary>
public class InputFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(15);
    private const long MemoryBound = 2L * 1024 * 1024 * 1024;

    [Fact]
    public async Task Mutated_reports_and_sheets_end_in_a_result_or_a_chinese_refusal()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("RECTIFY_FUZZ_SECONDS"), out var s) ? s : 20;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RECTIFY_FUZZ_SEED"), out var given) ? given : Environment.TickCount;
        var random = new Random(seed);
        var seeds = Seeds();
        var clock = Stopwatch.StartNew();
        var (runs, refused) = (0, 0);
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            var (name, original) = seeds[random.Next(seeds.Count)];
            var input = Mutate(original, name, random);
            string? problem;
            try
            {
                problem = await Task.Run(() => Run(name, input)).WaitAsync(PerInput);
            }
            catch (TimeoutException)
            {
                problem = $"no answer within {PerInput.TotalSeconds} s";
            }
            if (problem is not null) Fail(name, input, problem, seed);
            if (Environment.WorkingSet > MemoryBound) Fail(name, input, $"working set {Environment.WorkingSet / 1024 / 1024} MB", seed);
            runs++;
        }
        output.WriteLine($"seed {seed}: {runs} inputs in {clock.Elapsed.TotalSeconds:F0} s");
        Assert.True(runs > 10, $"only {runs} inputs ran");
    }

    /// <summary>Null when the input was read or refused in Chinese; otherwise what went wrong.</summary>
    private static string? Run(string name, byte[] input)
    {
        try
        {
            if (name.EndsWith(".xlsx"))
            {
                var grid = SheetGrid.Read(new MemoryStream(input));
                var errors = new List<ImportError>();
                var header = SheetHeader.Find(grid, errors);
                if (errors.Count == 0) new SheetRows(grid, header, _ => Guid.NewGuid(), errors).Read();
                SheetPreview.Read(new MemoryStream(input), null);
            }
            else
            {
                ReportParser.Parse(ReportReader.ReadText(new MemoryStream(input), name));
            }
            return null;
        }
        catch (Exception e) when (e is RuleViolation or InvalidDataException)
        {
            return e.Message.Any(c => c is >= '\u4e00' and <= '\u9fff') ? null : $"refusal not in Chinese: {e.Message}";
        }
        catch (Exception e)
        {
            return e.ToString();
        }
    }

    private static List<(string Name, byte[] Content)> Seeds()
    {
        var text = "市场监管局党组关于巡察整改进展情况的通报\n一、关于理论学习不深入的问题\n（一）学习制度执行不严格\n" +
            "整改措施：1.修订党组理论学习中心组学习制度；2.每季度开展一次专题研讨。\n整改时限：2025年6月30日\n二、关于基层党建薄弱的问题\n" +
            "（一）支部组织生活不规范\n整改措施：一是建立组织生活台账；二是开展支部书记轮训。\n";
        var docx = new ReportDocx().Paragraphs(text)
            .Table(3, ["序号", "具体问题", "整改措施"], ["1", "学习制度执行不严格", "修订学习制度|每季度专题研讨"], ["2", "组织生活不规范", "^"]).Build().ToArray();
        var rows = "<row r=\"1\">" + Cell("A1", "具体问题") + Cell("B1", "整改措施") + Cell("C1", "责任单位") + Cell("D1", "完成时限") + "</row>" +
            string.Concat(Enumerable.Range(2, 6).Select(r => $"<row r=\"{r}\">{Cell($"A{r}", $"问题{r}：档案管理不规范")}" +
                $"<c r=\"B{r}\" t=\"s\"><v>{r % 2}</v></c>{Cell($"C{r}", "办公室")}<c r=\"D{r}\"><v>{45443 + r}</v></c></row>"));
        var xlsx = Xlsx(rows, "<mergeCell ref=\"A2:A3\"/>", "<si><t>一是健全档案制度；二是开展专项检查</t></si><si><r><t>完善</t></r><r><t>台账</t></r></si>").ToArray();
        return [("报告.txt", Encoding.UTF8.GetBytes(text)), ("报告.txt", Encoding.GetEncoding("GB18030").GetBytes(text)), ("报告.docx", docx), ("台账.xlsx", xlsx)];
    }

    static InputFuzzTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Mutate(byte[] original, string name, Random random)
    {
        var zipped = !name.EndsWith(".txt");
        return (zipped ? random.Next(4) : random.Next(1, 4)) switch
        {
            0 => MutateEntry(original, random),
            1 => Flip(original, random),
            2 => Insert(original, random),
            _ => original[..random.Next(original.Length)],
        };
    }

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var copy = bytes.ToArray();
        for (var i = random.Next(1, 8); i > 0; i--) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] Insert(byte[] bytes, Random random)
    {
        var at = random.Next(bytes.Length);
        var extra = new byte[random.Next(1, 64)];
        random.NextBytes(extra);
        return [.. bytes[..at], .. extra, .. bytes[at..]];
    }

    /// <summary>Re-zips the package with one part's text mangled: a flipped, duplicated or cut run of its XML.</summary>
    private static byte[] MutateEntry(byte[] package, Random random)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var target = new MemoryStream();
        var victim = random.Next(source.Entries.Count);
        using (var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < source.Entries.Count; i++)
            {
                using var read = new MemoryStream();
                using (var from = source.Entries[i].Open()) from.CopyTo(read);
                var content = read.ToArray();
                if (i == victim && content.Length > 0)
                {
                    var (start, length) = (random.Next(content.Length), random.Next(1, 200));
                    length = Math.Min(length, content.Length - start);
                    content = random.Next(3) switch
                    {
                        0 => Flip(content, random),
                        1 => [.. content[..(start + length)], .. Enumerable.Repeat(content[start..(start + length)], random.Next(2, 50)).SelectMany(x => x), .. content[(start + length)..]],
                        _ => [.. content[..start], .. content[(start + length)..]],
                    };
                }
                using var to = zip.CreateEntry(source.Entries[i].FullName).Open();
                to.Write(content);
            }
        }
        return target.ToArray();
    }

    private void Fail(string name, byte[] input, string problem, int seed)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fuzz-{Guid.NewGuid():N}{Path.GetExtension(name)}");
        File.WriteAllBytes(path, input);
        output.WriteLine($"seed {seed}: {problem}; input kept at {path}");
        Assert.Fail($"{name} (seed {seed}, kept at {path}): {problem}");
    }
}
