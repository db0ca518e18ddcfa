namespace Tidewater.Cli.Generation;

/// <summary>Distributions over a seeded <see cref="Random"/>.</summary>
/// <remarks>
/// Each method consumes a fixed number of draws, whatever the result, so that the sequence of draws (and so every
/// later event) never depends on a value such as the start time.
/// </remarks>
internal static class RandomExtensions
{
    /// <summary>A standard normal value (Box-Muller; always two draws).</summary>
    public static double NextGaussian(this Random random)
    {
        var u1 = 1.0 - random.NextDouble(); // (0, 1]: the logarithm stays finite
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A log-normal value: exp(mu + sigma · N(0, 1)).</summary>
    public static double NextLogNormal(this Random random, double mu, double sigma) =>
        Math.Exp(mu + (sigma * random.NextGaussian()));

    /// <summary>A uniform value in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public static double NextDouble(this Random random, double min, double max) =>
        min + ((max - min) * random.NextDouble());

    /// <summary>Picks an item with probability proportional to its weight (one draw).</summary>
    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var target = random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            target -= weight;
            if (target < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }
}
