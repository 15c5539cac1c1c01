using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Rectify.Benchmarks;

/// <summary>N concurrent clients on loopback sending one scenario's requests, bounded by a count and a time.</summary>
public sealed partial class LoadRunner(BenchSettings settings, Func<string, HttpClient> clientFor)
{
    public Task<LatencyStats> RunAsync(Scenario scenario) => RunAsync(scenario, settings.Clients, settings.Requests, settings.Seconds, settings.Warmup);

    public async Task<LatencyStats> RunAsync(Scenario scenario, int clients, int requests, int seconds, int warmup)
    {
        var client = clientFor(scenario.Account);
        for (var i = 0; i < warmup; i++) await SendAsync(client, scenario.Request(i));

        var latencies = new ConcurrentBag<double>();
        var db = new ConcurrentBag<(double, int)>();
        var errors = 0;
        var next = -1;
        var deadline = TimeSpan.FromSeconds(seconds);
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < requests && wall.Elapsed < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                var (ok, timing) = await SendAsync(client, scenario.Request(warmup + n));
                if (ok) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                else Interlocked.Increment(ref errors);
                if (ok && timing is { } t) db.Add(t);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        return LatencyStats.From(latencies, errors, wall.Elapsed, db);
    }

    /// <summary>Sends one request and reads its body; the server's database time when it reports one (Rectify:Web:ServerTiming).</summary>
    private static async Task<(bool Ok, (double Ms, int Statements)? Db)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        await response.Content.CopyToAsync(Stream.Null);
        if (!response.IsSuccessStatusCode) Console.Error.WriteLine($"  {request.Method} {request.RequestUri}: {(int)response.StatusCode}");
        (double, int)? db = null;
        if (response.Headers.TryGetValues("Server-Timing", out var values) && DbTiming().Match(string.Join(",", values)) is { Success: true } m)
            db = (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        return (response.IsSuccessStatusCode, db);
    }

    [GeneratedRegex("db;dur=([0-9.]+);desc=\"([0-9]+)\"")]
    private static partial Regex DbTiming();
}
