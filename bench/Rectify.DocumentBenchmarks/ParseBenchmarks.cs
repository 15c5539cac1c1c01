using BenchmarkDotNet.Attributes;
using Rectify.Features.Documents.Parsing;

namespace Rectify.DocumentBenchmarks;

/// <summary>`ReportParser.Parse` on each seed report, read from the app's embedded copies.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ParseBenchmarks
{
    private string text = "";

    [Params("000", "001", "002", "003", "004")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var assembly = typeof(ReportParser).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.Contains(".seeds." + Seed + "_"));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        text = reader.ReadToEnd();
    }

    [Benchmark]
    public ParsedReport Parse() => ReportParser.Parse(text);
}
