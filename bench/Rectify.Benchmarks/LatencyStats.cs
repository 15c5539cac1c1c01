namespace Rectify.Benchmarks;

/// <summary>Median, 95th percentile and throughput of one scenario's run, and the median database time the server reported (Server-Timing).</summary>
public sealed record LatencyStats(int Count, int Errors, double MedianMs, double P95Ms, double RequestsPerSecond, double DbMs = double.NaN, double DbStatements = double.NaN)
{
    public static LatencyStats From(IReadOnlyCollection<double> latenciesMs, int errors, TimeSpan wall,
        IReadOnlyCollection<(double Ms, int Statements)>? db = null)
    {
        var sorted = latenciesMs.Order().ToArray();
        if (sorted.Length == 0) return new LatencyStats(0, errors, double.NaN, double.NaN, 0);
        var dbMs = db is { Count: > 0 } ? Percentile(db.Select(d => d.Ms).Order().ToArray(), 0.5) : double.NaN;
        var dbCount = db is { Count: > 0 } ? Percentile(db.Select(d => (double)d.Statements).Order().ToArray(), 0.5) : double.NaN;
        return new LatencyStats(sorted.Length, errors, Percentile(sorted, 0.5), Percentile(sorted, 0.95), sorted.Length / wall.TotalSeconds, dbMs, dbCount);
    }

    public static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
