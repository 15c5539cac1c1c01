using BenchmarkDotNet.Running;
using Rectify.DocumentBenchmarks;

// Benchmarks of the documents feature (see docs/benchmarks.md).
//   sheets [--db …]: export and import of the largest round of a generated database, over HTTP, with the server's memory
//   own-sheet [--db …] [--rows 20000]: an office's own-layout sheet imported as a new round, over HTTP, with the server's memory
//   anything else: BenchmarkDotNet code paths — parsing the seed reports, the bulletin of a 500-measure round
//   sample-bulletin FOLDER: the 500-measure bulletin as .docx, .html and .pdf, to look at
//   report write DIR | report parse FILE [RUNS]: a 100-page report (.txt, .docx with a table, traditional), parsed in a fresh process
if (args is ["sheets", ..]) await SheetRun.RunAsync(args[1..]);
else if (args is ["report", ..]) await ReportRun.RunAsync(args[1..]);
else if (args is ["own-sheet", ..]) await OwnSheetRun.RunAsync(args[1..]);
else if (args is ["sample-bulletin", var folder]) await BulletinBenchmarks.WriteSampleAsync(folder);
else BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
