using Rectify.Features.Documents.Parsing;

namespace Rectify.UnitTests.Features.Documents.Parsing;

/// <summary>The five public seed reports, copied beside the tests.</summary>
internal static class Seeds
{
    private static readonly string Folder = System.IO.Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static string FileOf(string number) =>
        Directory.GetFiles(Folder, number + "_*.txt").Single();

    public static string Text(string number) => File.ReadAllText(FileOf(number));

    public static ParsedReport Parse(string number) => ReportParser.Parse(Text(number));

    public static IEnumerable<ParsedProblem> Problems(this ParsedReport report) =>
        report.Sections.SelectMany(AllProblems);

    private static IEnumerable<ParsedProblem> AllProblems(ParsedSection s) =>
        s.Problems.Concat(s.Sections.SelectMany(AllProblems));
}
