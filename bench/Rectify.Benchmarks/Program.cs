using System.Net.Http.Headers;
using System.Net.Http.Json;
using Rectify.Benchmarks;

// Load driver for the ledger and the dashboard on a generated province (see docs/benchmarks.md): HTTP on loopback with N
// clients, and the same reads in process with their SQL replayed under EXPLAIN ANALYZE.
var settings = BenchSettings.Parse(args);
var data = await BenchData.LoadAsync(settings.Database);
var clients = new Dictionary<string, HttpClient>();
foreach (var account in new[] { "province-office", "city1-office", "staff1" })
{
    var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Clients }) { BaseAddress = new Uri(settings.Url) };
    var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = account, password = settings.Password });
    token.EnsureSuccessStatusCode();
    var body = await token.Content.ReadFromJsonAsync<Dictionary<string, object>>();
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!["accessToken"].ToString());
    clients[account] = client;
}

foreach (var account in new[] { "province-office", "city1-office" })
    clients["page:" + account] = await PageLogin.SignInAsync(settings.Url, account, settings.Password, settings.Clients);

var runner = new LoadRunner(settings, account => clients[account]);
await using var sql = new SqlTimer(settings.Database);
if (settings.Compare)
{
    await Comparison.RunAsync(settings, data, runner, sql);
    return;
}
var plans = new List<string>();
Console.WriteLine($"{settings.Clients} clients, up to {settings.Requests} requests or {settings.Seconds} s per scenario, {settings.Url}");
Console.WriteLine("| scenario | n | errors | median ms | p95 ms | req/s | in-process ms | SQL ms |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
// The dispatch scenario writes a dispatch per request: only when asked for (--only dispatch), on a copy of the database.
// --only takes alternatives separated by '|' ("province, outline|province, overdue").
foreach (var scenario in Scenarios.All(data).Where(s => settings.Only is null ? !s.Name.StartsWith("dispatch")
             : settings.Only.Split('|').Any(only => s.Name.Contains(only)) && (!s.Name.StartsWith("dispatch") || settings.Only.Contains("dispatch"))))
{
    var stats = await runner.RunAsync(scenario);
    var (appMs, sqlMs, plan) = scenario.InProcess is { } read ? await sql.MeasureAsync(scenario.Account, read, settings.SqlRuns) : (double.NaN, double.NaN, "");
    if (plan.Length > 0) plans.Add($"## {scenario.Name}\n\n{plan}\n");
    Console.WriteLine($"| {scenario.Name} | {stats.Count} | {stats.Errors} | {stats.MedianMs:F1} | {stats.P95Ms:F1} | {stats.RequestsPerSecond:F1} | {F(appMs)} | {F(sqlMs)} |");
}
var planFile = Path.Combine(Path.GetTempPath(), "rectify-bench-plans.md");
await File.WriteAllLinesAsync(planFile, plans);
Console.WriteLine($"Slowest SQL command of each read scenario, with its plan: {planFile}");

static string F(double ms) => double.IsNaN(ms) ? "–" : ms.ToString("F1");
