using System.Globalization;

namespace Waymark.Bench.Rules;

/// <summary>Nearest-rank percentiles of a set of durations in milliseconds.</summary>
internal sealed record Stats(int Count, double P50, double P95, double P99, double Max)
{
    public static Stats Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0
            ? new Stats(0, double.NaN, double.NaN, double.NaN, double.NaN)
            : new Stats(sorted.Length, Rank(sorted, 50), Rank(sorted, 95), Rank(sorted, 99), sorted[^1]);
    }

    public string Row() => string.Create(CultureInfo.InvariantCulture, $"{Count:N0} | {P50:F0} | {P95:F0} | {P99:F0} | {Max:F0}");

    private static double Rank(double[] sorted, int p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
