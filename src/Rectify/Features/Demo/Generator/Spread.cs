namespace Rectify.Features.Demo.Generator;

/// <summary>Splits a total into uneven parts that still add up exactly, as real rounds and problems are uneven.</summary>
internal static class Spread
{
    public static int[] Split(int total, int parts, Random random)
    {
        var weights = new double[parts];
        for (var i = 0; i < parts; i++) weights[i] = 0.3 + random.NextDouble() * 1.4;
        var sum = weights.Sum();
        var counts = new int[parts];
        double cumulative = 0;
        long previous = 0;
        for (var i = 0; i < parts; i++)
        {
            cumulative += weights[i];
            var upTo = (long)Math.Round(cumulative / sum * total);
            counts[i] = (int)(upTo - previous);
            previous = upTo;
        }
        return counts;
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
