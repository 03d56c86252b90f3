namespace Waymark.Analytics.Overlay.Internals;

/// <summary>
/// The two-proportion z-test with a pooled proportion: z = (a - b) / sqrt(p (1 - p) (1/n1 + 1/n2)),
/// p = (x1 + x2) / (n1 + n2); two-sided p from the normal CDF. No entrants on a side, or no variance, gives z = 0, p = 1.
/// </summary>
internal static class TwoProportionTest
{
    public const double Alpha = 0.05;

    public static StepComparison Compare(string stepId, long x1, long n1, long x2, long n2)
    {
        var a = n1 == 0 ? 0 : (double)x1 / n1;
        var b = n2 == 0 ? 0 : (double)x2 / n2;
        var z = 0.0;
        if (n1 > 0 && n2 > 0)
        {
            var pooled = (double)(x1 + x2) / (n1 + n2);
            var se = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
            z = se > 0 ? (a - b) / se : 0;
        }

        var p = NormalDistribution.TwoSidedP(z);
        return new StepComparison(stepId, a, b, a - b, z, p, p < Alpha);
    }
}
