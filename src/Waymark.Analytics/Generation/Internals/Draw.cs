namespace Waymark.Analytics.Generation.Internals;

/// <summary>The draws every journey model makes, so the same seed draws the same numbers in the same order.</summary>
internal static class Draw
{
    /// <summary>A standard normal number (Box-Muller: two uniform draws, the first one's complement under the log).</summary>
    public static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());

    public static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
