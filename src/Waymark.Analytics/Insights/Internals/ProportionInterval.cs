namespace Waymark.Analytics.Insights.Internals;

/// <summary>
/// 95% confidence intervals for proportions: Wilson's score interval for one, and Newcombe's hybrid score
/// interval (his method 10, built from the two Wilson intervals) for the difference of two independent ones.
/// </summary>
internal static class ProportionInterval
{
    public const double Z = 1.959963984540054;

    public static (double Low, double High) Wilson(long successes, long n)
    {
        if (n <= 0)
        {
            return (0, 1);
        }

        var p = (double)successes / n;
        var z2 = Z * Z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n))) / (1 + (z2 / n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>The interval of p1 − p2.</summary>
    public static (double Low, double High) NewcombeDifference(long successes1, long n1, long successes2, long n2)
    {
        var p1 = (double)successes1 / n1;
        var p2 = (double)successes2 / n2;
        var (l1, u1) = Wilson(successes1, n1);
        var (l2, u2) = Wilson(successes2, n2);
        var d = p1 - p2;
        var low = d - Math.Sqrt(((p1 - l1) * (p1 - l1)) + ((u2 - p2) * (u2 - p2)));
        var high = d + Math.Sqrt(((u1 - p1) * (u1 - p1)) + ((p2 - l2) * (p2 - l2)));
        return (low, high);
    }
}
