namespace Rectify.Benchmarks;

/// <summary>Where the app and its database are, and how hard to drive them; every value has a default for the documented run.</summary>
public sealed record BenchSettings
{
    public string Url { get; init; } = "http://127.0.0.1:5190";
    public string Database { get; init; } = "Host=127.0.0.1;Port=55450;Username=postgres;Database=rectify_bench";
    public string Password { get; init; } = "Bench#Province2026";
    public int Clients { get; init; } = 8;
    /// <summary>Requests per scenario; a scenario also stops after <see cref="Seconds"/>.</summary>
    public int Requests { get; init; } = 400;
    public int Seconds { get; init; } = 30;
    public int Warmup { get; init; } = 16;
    /// <summary>Repetitions of each EXPLAIN ANALYZE.</summary>
    public int SqlRuns { get; init; } = 15;
    public string? Only { get; init; }
    /// <summary>Issue 15's comparison table (<see cref="Comparison"/>) instead of the scenario list.</summary>
    public bool Compare { get; init; }

    public static BenchSettings Parse(string[] args)
    {
        var settings = new BenchSettings();
        if (args.Contains("--compare"))
        {
            settings = settings with { Compare = true };
            args = args.Where(a => a != "--compare").ToArray();
        }
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            settings = args[i] switch
            {
                "--url" => settings with { Url = value },
                "--db" => settings with { Database = value },
                "--password" => settings with { Password = value },
                "--clients" => settings with { Clients = int.Parse(value) },
                "--requests" => settings with { Requests = int.Parse(value) },
                "--seconds" => settings with { Seconds = int.Parse(value) },
                "--sql-runs" => settings with { SqlRuns = int.Parse(value) },
                "--only" => settings with { Only = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return settings;
    }
}
