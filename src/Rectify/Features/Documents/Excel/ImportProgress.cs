namespace Rectify.Features.Documents.Excel;

/// <summary>What an import is doing now, for a large file's progress bar: a phase in words and rows done of all.</summary>
public sealed record ImportStep(string Phase, int Done, int Total);

/// <summary>
/// Where an import has got to. Written by the import, read by the status endpoint on another thread: each step is
/// one immutable record swapped in whole, so a reader never sees a torn one.
/// </summary>
public sealed class ImportProgress
{
    public const string Reading = "读取表格";
    public const string Writing = "写入";

    private ImportStep current = new(Reading, 0, 0);

    public ImportStep Current => Volatile.Read(ref current);

    public void Report(string phase, int done, int total) => Volatile.Write(ref current, new ImportStep(phase, done, total));

    public static string Checking(int row) => $"校验第{row}行";
}
