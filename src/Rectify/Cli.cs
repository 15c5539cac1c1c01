using System.CommandLine;
using Rectify.Features.Demo;
using Rectify.Features.Demo.Generator;
using Rectify.Features.Documents.Parsing;
using Rectify.Features.Supervision.Warnings;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify;

/// <summary>
/// The command line: `serve` (the default), `migrate`, `seed-demo`, `generate-data`, `refresh-warnings`, `parse FILE --json`,
/// and the audit's `verify-audit`, `backup DIR`, `restore DIR` (<see cref="AuditCommands"/>).
/// Arguments no command claims (--urls, --Rectify:DataDir=…) go to the host, as ASP.NET Core reads them.
/// </summary>
public static class Cli
{
    public static async Task<int> RunAsync(string[] args, Func<string[], WebApplication> build)
    {
        var root = new RootCommand("整改督办平台 Rectify") { TreatUnmatchedTokensAsErrors = false };
        var serve = new Command("serve", "启动网站（默认）") { TreatUnmatchedTokensAsErrors = false };
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

        var generateData = GenerateDataCommand(build);

        var refreshWarnings = new Command("refresh-warnings", "重新计算全部措施的预警（超期、临期、滞后、未报进展）") { TreatUnmatchedTokensAsErrors = false };
        refreshWarnings.SetAction(async (parse, ct) =>
        {
            await using var app = build(Unmatched(parse));
            await DatabaseStartup.MigrateAsync(app.Services, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().Today();
            var result = await scope.ServiceProvider.GetRequiredService<WarningRefresh>().RunAsync(today, ct);
            Console.WriteLine($"已按{today.ToChinese()}重新计算预警：检查 {result.Checked:N0} 条措施，变化 {result.Changed:N0} 条，"
                + $"新增超期 {result.NewlyOverdue.Count:N0} 条，用时 {clock.Elapsed.TotalSeconds:F1} 秒");
            return 0;
        });

        var file = new Argument<FileInfo>("FILE") { Description = "报告文件：.txt（UTF-8 或 GB18030）或 .docx" };
        var json = new Option<bool>("--json") { Description = "输出 JSON" };
        var parseCommand = new Command("parse", "解析整改进展报告") { file, json };
        parseCommand.SetAction(parse => Parse(parse.GetValue(file)!, parse.GetValue(json)));

        root.Subcommands.Add(serve);
        root.Subcommands.Add(migrate);
        root.Subcommands.Add(seedDemo);
        root.Subcommands.Add(CreateAdminCommand(build));
        root.Subcommands.Add(generateData);
        root.Subcommands.Add(refreshWarnings);
        root.Subcommands.Add(parseCommand);
        foreach (var command in AuditCommands.All(build)) root.Subcommands.Add(command);
        // Exceptions and Ctrl+C belong to the host: the test host stops a started app by throwing from Build(),
        // and ASP.NET Core handles termination signals itself.
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }

    /// <summary>`create-admin NAME --password P [--full-name 姓名] [--top-unit 单位]`: the first account of a production install.</summary>
    private static Command CreateAdminCommand(Func<string[], WebApplication> build)
    {
        var userName = new Argument<string>("NAME") { Description = "管理员用户名" };
        var password = new Option<string>("--password") { Description = "初始密码（至少12位，含大写字母、小写字母、数字、符号中的三类，且不含用户名）", Required = true };
        var fullName = new Option<string>("--full-name") { Description = "姓名", DefaultValueFactory = _ => "系统管理员" };
        var topUnit = new Option<string>("--top-unit") { Description = "尚无单位时创建的顶级单位名称", DefaultValueFactory = _ => "整改工作领导小组办公室" };
        var command = new Command("create-admin", "创建系统管理员账号（首次部署）") { userName, password, fullName, topUnit };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            await using var app = build(Unmatched(parse));
            await DatabaseStartup.MigrateAsync(app.Services, ct);
            await using var scope = app.Services.CreateAsyncScope();
            try
            {
                var unit = await scope.ServiceProvider.GetRequiredService<CreateFirstAdmin>()
                    .HandleAsync(parse.GetValue(userName)!, parse.GetValue(password)!, parse.GetValue(fullName)!, parse.GetValue(topUnit)!, ct);
                Console.WriteLine($"已创建系统管理员 {parse.GetValue(userName)}（所属单位：{unit}）");
                return 0;
            }
            catch (InvalidOperationException refused)
            {
                Console.Error.WriteLine(refused.Message);
                return 1;
            }
        });
        return command;
    }

    private static async Task<int> ServeAsync(WebApplication app, CancellationToken ct)
    {
        await app.Services.PrepareDatabaseAsync(ct);
        await app.RunAsync();
        return 0;
    }

    /// <summary>`generate-data`: a province of test data for load tests (defaults: 2,000 units, 1,000,000 measures, 1,000,000 appeals).</summary>
    private static Command GenerateDataCommand(Func<string[], WebApplication> build)
    {
        var defaults = new GeneratorOptions();
        var units = new Option<int>("--units") { Description = "单位数", DefaultValueFactory = _ => defaults.Units };
        var rounds = new Option<int>("--rounds") { Description = "轮次数", DefaultValueFactory = _ => defaults.Rounds };
        var problems = new Option<int>("--problems") { Description = "问题数", DefaultValueFactory = _ => defaults.Problems };
        var measures = new Option<int>("--measures") { Description = "措施数", DefaultValueFactory = _ => defaults.Measures };
        var appeals = new Option<int>("--appeals") { Description = "企业诉求件数", DefaultValueFactory = _ => defaults.Appeals };
        var seed = new Option<int>("--seed") { Description = "随机种子", DefaultValueFactory = _ => defaults.Seed };
        var today = new Option<DateOnly?>("--today") { Description = "以哪一天为今天安排时限和状态（默认今天）" };
        var force = new Option<bool>("--force") { Description = "数据库已有轮次时仍然追加" };
        var command = new Command("generate-data", "生成一个省的压测数据") { units, rounds, problems, measures, appeals, seed, today, force };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            await using var app = build(Unmatched(parse));
            await DatabaseStartup.MigrateAsync(app.Services, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var options = new GeneratorOptions
            {
                Units = parse.GetValue(units), Rounds = parse.GetValue(rounds), Problems = parse.GetValue(problems),
                Measures = parse.GetValue(measures), Appeals = parse.GetValue(appeals), Seed = parse.GetValue(seed), Today = parse.GetValue(today), Force = parse.GetValue(force),
            };
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            var generator = ActivatorUtilities.CreateInstance<ProvinceGenerator>(scope.ServiceProvider);
            if (!options.Force && await generator.HasRoundsAsync(ct))
            {
                Console.Error.WriteLine(ProvinceGenerator.Refused);
                return 1;
            }
            var result = await generator.GenerateAsync(options, Console.Out, ct);
            Console.WriteLine($"完成，用时 {result.Elapsed.TotalSeconds:F1} 秒。账号（密码 {result.Password}）：");
            foreach (var account in result.Accounts) Console.WriteLine($"  {account}");
            return 0;
        });
        return command;
    }

    private static int Parse(FileInfo given, bool asJson)
    {
        var file = Locate(given);
        if (!file.Exists)
        {
            Console.Error.WriteLine($"找不到文件：{file.FullName}");
            return 2;
        }
        try
        {
            using var stream = file.OpenRead();
            var report = ReportParser.Parse(ReportReader.ReadText(stream, file.Name));
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            Console.WriteLine(asJson ? ParsedReportJson.Serialize(report)
                : $"{report.Title}\n{report.Counts.Problems}个问题、{report.Counts.Measures}条措施，警告{report.Warnings.Count}条");
            return 0;
        }
        catch (InvalidDataException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return 1;
        }
    }

    internal static string[] Unmatched(ParseResult parse) => parse.UnmatchedTokens.ToArray();

    /// <summary>`dotnet run --project src/Rectify` runs in the project folder: a relative path is also tried from the folders above.</summary>
    private static FileInfo Locate(FileInfo file)
    {
        if (file.Exists) return file;
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file.FullName);
        if (Path.IsPathRooted(relative) || relative.StartsWith("..")) return file;
        for (var dir = Directory.GetParent(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = new FileInfo(Path.Combine(dir.FullName, relative));
            if (candidate.Exists) return candidate;
        }
        return file;
    }
}
