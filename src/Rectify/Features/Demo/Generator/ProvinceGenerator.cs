using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Similar;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.Features.Demo.Generator;

/// <summary>
/// Fills a database with a realistic province for load tests: units, accounts, rounds, sections, problems,
/// measures in every kind and status, progress and pending close-outs, enterprises' appeals in every state, loaded in bulk in one transaction.
/// No audit entries: these rows were never changed by anyone. Problems' grams for 举一反三 are written alongside.
/// </summary>
public sealed class ProvinceGenerator(RectifyDbContext db, UserManager<User> users, WorkingDayCalendar calendar, TimeProvider time)
{
    public const string Refused = "数据库中已有整改轮次，未生成数据；确需追加请加 --force";

    public Task<bool> HasRoundsAsync(CancellationToken ct) => db.Set<Round>().AnyAsync(ct);

    public async Task<GeneratorResult> GenerateAsync(GeneratorOptions options, TextWriter log, CancellationToken ct)
    {
        if (!options.Force && await HasRoundsAsync(ct)) throw new InvalidOperationException(Refused);
        var clock = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var today = options.Today ?? time.Today();
        var rows = new Dictionary<string, long>();
        async Task Write<T>(string label, IEnumerable<T> items, IBulkWriter writer) where T : class
        {
            var step = Stopwatch.StartNew();
            rows[label] = await writer.WriteAsync(items, ct);
            log.WriteLine($"  {label}：{rows[label]:N0} 行，{step.Elapsed.TotalSeconds:F1} 秒");
        }

        log.WriteLine($"生成：{options.Units:N0} 个单位、{options.Rounds:N0} 个轮次、{options.Problems:N0} 个问题、{options.Measures:N0} 条措施、{options.Appeals:N0} 件企业诉求（今天按 {today:yyyy-MM-dd}）");
        await using var writer = db.IsPostgres ? (IBulkWriter)new PostgresBulkWriter(db) : new SqliteBulkWriter(db);
        await writer.BeginAsync(ct);
        var tree = ProvinceTree.Build(options.Units, random);
        await Write("Unit", tree.All, writer);
        var accounts = await ProvinceAccounts.CreateAsync(users, tree);
        var plan = ProvinceRounds.Build(tree, options, today, random);
        await Write("Round", plan.Rounds, writer);
        await Write("Section", plan.Sections, writer);
        await Write("Problem", plan.Problems, writer);
        await Write("ProblemGram", plan.Problems.SelectMany(ProblemGram.Of), writer);
        var measures = new ProvinceMeasures(tree, today, calendar, random);
        var step = Stopwatch.StartNew();
        await Write("Measure", measures.Generate(plan.Planned, options.Measures,
            n => log.WriteLine($"    {n:N0} 条措施，{n / Math.Max(0.001, step.Elapsed.TotalSeconds):N0} 条/秒")), writer);
        await Write("MeasureCooperatingUnit", measures.Cooperating, writer);
        await Write("ProgressUpdate", measures.Updates, writer);
        await Write("CloseOut", measures.CloseOuts, writer);
        var appeals = new ProvinceAppeals(tree, today, calendar, random);
        step.Restart();
        await Write("Appeal", appeals.Generate(options.Appeals,
            n => log.WriteLine($"    {n:N0} 件诉求，{n / Math.Max(0.001, step.Elapsed.TotalSeconds):N0} 件/秒")), writer);
        await Write("AppealHandling", appeals.Handlings, writer);
        step.Restart();
        await writer.CompleteAsync(ct);
        log.WriteLine($"  索引、提交与统计信息：{step.Elapsed.TotalSeconds:F1} 秒");
        return new GeneratorResult(rows, accounts, ProvinceAccounts.Password, clock.Elapsed);
    }
}
