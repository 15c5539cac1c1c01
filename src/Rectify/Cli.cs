using System.CommandLine;
using Rectify.Features.Demo;
using Rectify.Features.Documents.Parsing;
using Rectify.Platform.Data;

namespace Rectify;

/// <summary>
/// The command line: `serve` (the default), `migrate`, `seed-demo`, `parse FILE --json`.
/// Arguments no command claims (--urls, --Rectify:DataDir=…) go to the host, as ASP.NET Core reads them.
/// </summary>
public static class Cli
{
    public static async Task<int> RunAsync(string[] args, Func<string[], WebApplication> build)
    {
        var root = new RootCommand("整改督办平台 Rectify") { TreatUnmatchedTokensAsErrors = false };
        var serve = new Command("serve", "启动网站(默认)") { TreatUnmatchedTokensAsErrors = false };
        root.SetAction((parse, ct) => ServeAsync(build(Unmatched(parse)), ct));
        serve.SetAction((parse, ct) => ServeAsync(build(Unmatched(parse)), ct));

        var migrate = new Command("migrate", "应用数据库迁移") { TreatUnmatchedTokensAsErrors = false };
        migrate.SetAction(async (parse, ct) =>
        {
            await using var app = build(Unmatched(parse));
            await DatabaseStartup.MigrateAsync(app.Services, ct);
            Console.WriteLine("数据库已迁移到最新版本");
            return 0;
        });

        var seedDemo = new Command("seed-demo", "写入演示单位、账号和示例轮次") { TreatUnmatchedTokensAsErrors = false };
        seedDemo.SetAction(async (parse, ct) =>
        {
            await using var app = build(Unmatched(parse));
            await DatabaseStartup.MigrateAsync(app.Services, ct);
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(force: true, ct);
            Console.WriteLine("演示数据已写入");
            return 0;
        });

        var file = new Argument<FileInfo>("FILE") { Description = "报告文件:.txt(UTF-8 或 GB18030)或 .docx" };
        var json = new Option<bool>("--json") { Description = "输出 JSON" };
        var parseCommand = new Command("parse", "解析整改进展报告") { file, json };
        parseCommand.SetAction(parse => Parse(parse.GetValue(file)!, parse.GetValue(json)));

        root.Subcommands.Add(serve);
        root.Subcommands.Add(migrate);
        root.Subcommands.Add(seedDemo);
        root.Subcommands.Add(parseCommand);
        return await root.Parse(args).InvokeAsync();
    }

    private static async Task<int> ServeAsync(WebApplication app, CancellationToken ct)
    {
        await app.Services.PrepareDatabaseAsync(ct);
        await app.RunAsync();
        return 0;
    }

    private static int Parse(FileInfo file, bool asJson)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"找不到文件:{file.FullName}");
            return 2;
        }
        try
        {
            using var stream = file.OpenRead();
            var report = ReportParser.Parse(ReportReader.ReadText(stream, file.Name));
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            Console.WriteLine(asJson ? ParsedReportJson.Serialize(report)
                : $"{report.Title}\n{report.Counts.Problems}个问题、{report.Counts.Measures}条措施,警告{report.Warnings.Count}条");
            return 0;
        }
        catch (InvalidDataException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return 1;
        }
    }

    private static string[] Unmatched(ParseResult parse) => parse.UnmatchedTokens.ToArray();
}
