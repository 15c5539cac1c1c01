using System.Collections.Concurrent;
using System.Diagnostics;

namespace Rectify.Benchmarks;

/// <summary>N concurrent clients on loopback sending one scenario's requests, bounded by a count and a time.</summary>
public sealed class LoadRunner(BenchSettings settings, Func<string, HttpClient> clientFor)
{
    public async Task<LatencyStats> RunAsync(Scenario scenario)
    {
        var client = clientFor(scenario.Account);
        for (var i = 0; i < settings.Warmup; i++) await SendAsync(client, scenario.Request(i));

        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var next = -1;
        var deadline = TimeSpan.FromSeconds(settings.Seconds);
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, settings.Clients).Select(_ => Task.Run(async () =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < settings.Requests && wall.Elapsed < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await SendAsync(client, scenario.Request(settings.Warmup + n));
                if (ok) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                else Interlocked.Increment(ref errors);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        return LatencyStats.From(latencies, errors, wall.Elapsed);
    }

    private static async Task<bool> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        await response.Content.CopyToAsync(Stream.Null);
        if (!response.IsSuccessStatusCode) Console.Error.WriteLine($"  {request.Method} {request.RequestUri}: {(int)response.StatusCode}");
        return response.IsSuccessStatusCode;
    }
}
