namespace Rectify.Features.Demo.Generator;

/// <summary>How big a province to generate; the defaults are the benchmark's size.</summary>
public sealed record GeneratorOptions
{
    public int Units { get; init; } = 2_000;
    public int Rounds { get; init; } = 500;
    public int Problems { get; init; } = 100_000;
    public int Measures { get; init; } = 1_000_000;
    /// <summary>Enterprises' appeals over the two years before today, with their handlings.</summary>
    public int Appeals { get; init; } = 1_000_000;
    public int Seed { get; init; } = 20261125;
    /// <summary>The day time limits and statuses are placed around; null means the app's today.</summary>
    public DateOnly? Today { get; init; }
    /// <summary>Generate even though the database already holds rounds.</summary>
    public bool Force { get; init; }
}
