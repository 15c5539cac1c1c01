using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.DocumentBenchmarks;

/// <summary>
/// Export and import of the largest round of a generated database through the real app over HTTP: each in a freshly
/// started server, timing the request and reading the server's peak resident memory (VmHWM) before and after.
/// </summary>
public static class SheetRun
{
    private const string ImportedTitle = "导入基准轮次 ";

    public static async Task RunAsync(string[] args)
    {
        var db = Option(args, "--db") ?? "Host=127.0.0.1;Port=55450;Username=postgres;Database=rectify_docbench";
        var app = Option(args, "--app") ?? Path.GetFullPath("src/Rectify/bin/Release/net10.0/Rectify.dll");
        var account = Option(args, "--account") ?? "province-office";
        var password = Option(args, "--password") ?? "Bench#Province2026";
        var sheet = Path.Combine(Path.GetTempPath(), "rectify-bench-export.xlsx");

        Console.WriteLine("| step | measures | seconds | file MB | server peak RSS before → after (MB) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | --- |");
        Guid roundId = Guid.Empty, unitId = Guid.Empty;
        var measures = 0;
        await StepAsync("export .xlsx", async client =>
        {
            (roundId, unitId, measures) = await LargestRoundAsync(client);
            await using var response = await client.GetStreamAsync($"/api/v1/ledger/export.xlsx?roundId={roundId}");
            await using var file = File.Create(sheet);
            await response.CopyToAsync(file);
        });
        var title = ImportedTitle + TimeProvider.System.GetLocalNow().ToString("HHmmss");
        await StepAsync("import .xlsx as a new round", client => ImportAsync(client, "/api/v1/rounds/import.xlsx", sheet,
            ("inspectedUnitId", unitId.ToString()), ("title", title), ("inspectingBody", "基准巡察组")));
        await StepAsync("import the same sheet into its round (all unchanged)", client => ImportAsync(client, $"/api/v1/rounds/{roundId}/import.xlsx", sheet));

        // Each step in a freshly started server, so its peak memory is the step's own.
        async Task StepAsync(string step, Func<HttpClient, Task> work)
        {
            await using var server = await Server.StartAsync(app, db);
            using var client = await server.SignInAsync(account, password);
            var before = server.PeakMb();
            var watch = Stopwatch.StartNew();
            await work(client);
            watch.Stop();
            Console.WriteLine($"| {step} | {measures:N0} | {watch.Elapsed.TotalSeconds:F1} | {new FileInfo(sheet).Length / 1e6:F1} | {before:F0} → {server.PeakMb():F0} |");
        }
    }

    /// <summary>Posts the sheet with the given form fields and waits for the import, run in the request or as a job.</summary>
    private static async Task ImportAsync(HttpClient client, string url, string sheet, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent
        {
            { new StreamContent(File.OpenRead(sheet)) { Headers = { ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") } }, "file", "台账.xlsx" },
        };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        var response = await client.PostAsync(url, form);
        if (response.StatusCode == HttpStatusCode.Accepted) response = await PollAsync(client, response.Headers.Location!);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"import failed: {(int)response.StatusCode} {body[..Math.Min(2000, body.Length)]}");
    }

    private static async Task<HttpResponseMessage> PollAsync(HttpClient client, Uri status)
    {
        while (true)
        {
            await Task.Delay(500);
            var response = await client.GetAsync(status);
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            var state = json.TryGetProperty("state", out var s) ? s.GetString() : json.TryGetProperty("status", out var t) ? t.GetString() : null;
            if (state is "Succeeded" or "Failed" or "Done" or "succeeded" or "failed" or "done")
                return state.StartsWith("F", StringComparison.OrdinalIgnoreCase)
                    ? new HttpResponseMessage(HttpStatusCode.UnprocessableEntity) { Content = new StringContent(json.ToString()) }
                    : new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(json.ToString()) };
        }
    }

    private static async Task<(Guid Round, Guid Unit, int Measures)> LargestRoundAsync(HttpClient client)
    {
        var rounds = await client.GetFromJsonAsync<JsonElement>("/api/v1/rounds");
        // The generated round, not one a previous run imported.
        var largest = rounds.EnumerateArray().Where(r => !r.GetProperty("title").GetString()!.StartsWith(ImportedTitle))
            .MaxBy(r => r.GetProperty("measures").GetInt32());
        var id = largest.GetProperty("id").GetGuid();
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/rounds/{id}");
        return (id, details.GetProperty("inspectedUnitId").GetGuid(), largest.GetProperty("measures").GetInt32());
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The app in a process of its own on a free port, stopped when disposed.</summary>
    internal sealed class Server : IAsyncDisposable
    {
        private readonly Process process;
        private readonly string url;

        private Server(Process process, string url) => (this.process, this.url) = (process, url);

        public static async Task<Server> StartAsync(string app, string db)
        {
            var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var url = $"http://127.0.0.1:{port}";
            var start = new ProcessStartInfo("dotnet") { ArgumentList = { app, "--urls", url }, RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Rectify__Database__Provider"] = "Postgres";
            start.Environment["Rectify__Database__ConnectionString"] = db;
            start.Environment["Rectify__DataDir"] = Path.Combine(Path.GetTempPath(), "rectify-bench-data");
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var probe = new HttpClient { BaseAddress = new Uri(url) };
            for (var i = 0; i < 120; i++)
            {
                try
                {
                    if ((await probe.GetAsync("/healthz")).IsSuccessStatusCode) return new Server(process, url);
                }
                catch (HttpRequestException) { }
                await Task.Delay(500);
            }
            process.Kill(true);
            throw new InvalidOperationException("the app did not start");
        }

        public async Task<HttpClient> SignInAsync(string account, string password)
        {
            var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(30) };
            var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = account, password });
            token.EnsureSuccessStatusCode();
            var body = await token.Content.ReadFromJsonAsync<JsonElement>();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
            return client;
        }

        /// <summary>The server's peak resident set so far, from /proc (Linux).</summary>
        public double PeakMb()
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:"));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
        }

        public async ValueTask DisposeAsync()
        {
            process.Kill(true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }
}
