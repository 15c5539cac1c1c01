using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Documents.Excel;
using Rectify.Features.Rounds.Ledger;

namespace Rectify.Benchmarks;

/// <summary>
/// Issue 15's comparison, one table: each workload as one client sends it (warm-ups, then 30 requests: median and p95), then
/// 8 clients for a while (requests per second), beside the database time the server reported (Server-Timing, median)
/// and the SQL of the same read re-run under EXPLAIN ANALYZE, with the ratio of the median to that SQL and the target.
/// </summary>
public static class Comparison
{
    public sealed record Workload(string Key, Scenario Scenario, string Target, Func<LatencyStats, LatencyStats, double, bool> Met);

    public static List<Workload> Workloads(BenchData data)
    {
        var all = Scenarios.All(data).ToDictionary(s => s.Name);
        var round = data.Rounds[0];
        var dept = data.CityDepartment;
        Scenario Named(string name) => all[name];
        static bool Under(LatencyStats one, double ms) => one.MedianMs < ms;
        static bool Within3(LatencyStats one, double sql) => double.IsNaN(sql) || one.MedianMs <= 3 * sql;
        return
        [
            new("a. one round's open measures by time limit (JSON)", Named("round, open, sort=timeLimit"),
                "< 30 ms, ≤ 3× SQL, ≥ 200/s", (one, many, sql) => Under(one, 30) && Within3(one, sql) && many.RequestsPerSecond >= 200),
            new("b. a city department's subtree (JSON)", Ledger("city1-office", $"unitId={dept}", new() { UnitId = dept }),
                "< 30 ms, ≤ 3× SQL", (one, _, sql) => Under(one, 30) && Within3(one, sql)),
            new("c. the same, page 101", Ledger("city1-office", $"unitId={dept}&page=101", new() { UnitId = dept, Page = 101 }),
                "< 30 ms, ≤ 3× SQL", (one, _, sql) => Under(one, 30) && Within3(one, sql)),
            new("d. a Chinese phrase over all rounds (JSON)", Named("province, text search"), "< 50 ms", (one, _, _) => Under(one, 50)),
            new("e. overdue over all rounds (JSON)", Named("province, overdue, first page"), "< 50 ms", (one, _, _) => Under(one, 50)),
            new("f. a. as the ledger page, province office (HTML)", Named("ledger page (Razor), province office, a city's round, open, sort=timeLimit"),
                "< 30 ms", (one, _, _) => Under(one, 30)),
            new("g. a progress report (POST)", Named("progress report (POST, multipart)"), "< 10 ms, ≥ 300/s",
                (one, many, _) => Under(one, 10) && many.RequestsPerSecond >= 300),
            new("h. a round's sheet (.xlsx)", new Scenario("round's sheet", "province-office",
                    i => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/ledger/export.xlsx?roundId={data.Rounds[i % data.Rounds.Count].Id}"),
                    sp => sp.GetRequiredService<LedgerExport>().WriteAsync(new LedgerFilter { RoundId = round.Id }, Stream.Null, CancellationToken.None)),
                "< 100 ms", (one, _, _) => Under(one, 100)),
        ];
    }

    public static async Task RunAsync(BenchSettings settings, BenchData data, LoadRunner runner, SqlTimer sql)
    {
        Console.WriteLine($"1 client: {settings.Warmup} warm-ups, 30 requests; then {settings.Clients} clients for {settings.Seconds} s; {settings.Url}");
        Console.WriteLine($"| workload | median ms | p95 ms | req/s ({settings.Clients} clients) | DB ms (server) | statements | SQL ms (EXPLAIN) | median ÷ SQL | target | met |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        foreach (var w in Workloads(data).Where(w => settings.Only is null || settings.Only.Split('|').Any(o => w.Key.Contains(o))))
        {
            var one = await runner.RunAsync(w.Scenario, clients: 1, requests: 30, seconds: 60, warmup: settings.Warmup);
            var many = await runner.RunAsync(w.Scenario, settings.Clients, requests: int.MaxValue, settings.Seconds, warmup: 0);
            // The read in the driver's process, its statements replayed under EXPLAIN ANALYZE (JSON reads and the sheet).
            var explained = w.Scenario.InProcess is { } read ? (await sql.MeasureAsync(w.Scenario.Account, read, settings.SqlRuns)).SqlMs : double.NaN;
            var basis = double.IsNaN(explained) ? one.DbMs : explained;
            Console.WriteLine($"| {w.Key} | {one.MedianMs:F1} | {one.P95Ms:F1} | {many.RequestsPerSecond:F0} | {F(one.DbMs)} | {F(one.DbStatements, "F0")} | " +
                $"{F(explained)} | {(double.IsNaN(basis) ? "–" : (one.MedianMs / basis).ToString("F1") + "×")} | {w.Target} | {(w.Met(one, many, explained) ? "yes" : "no")} |");
        }
    }

    private static Scenario Ledger(string account, string query, LedgerFilter filter) =>
        new($"ledger {query}", account, _ => new HttpRequestMessage(HttpMethod.Get, "/api/v1/ledger?" + query),
            sp => sp.GetRequiredService<LedgerQuery>().HandleAsync(filter, CancellationToken.None));

    private static string F(double value, string format = "F1") => double.IsNaN(value) ? "–" : value.ToString(format);
}
