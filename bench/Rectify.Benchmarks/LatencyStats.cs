namespace Rectify.Benchmarks;

/// <summary>Median, 95th percentile and throughput of one scenario's run.</summary>
public sealed record LatencyStats(int Count, int Errors, double MedianMs, double P95Ms, double RequestsPerSecond)
{
    public static LatencyStats From(IReadOnlyCollection<double> latenciesMs, int errors, TimeSpan wall)
    {
        var sorted = latenciesMs.Order().ToArray();
        if (sorted.Length == 0) return new LatencyStats(0, errors, double.NaN, double.NaN, 0);
        return new LatencyStats(sorted.Length, errors, Percentile(sorted, 0.5), Percentile(sorted, 0.95), sorted.Length / wall.TotalSeconds);
    }

    public static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
