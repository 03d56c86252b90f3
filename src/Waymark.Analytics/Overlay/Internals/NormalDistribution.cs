namespace Waymark.Analytics.Overlay.Internals;

/// <summary>The standard normal CDF through an error-function approximation (Abramowitz and Stegun 7.1.26,
/// absolute error below 1.5e-7), enough for p values shown with two or three digits.</summary>
internal static class NormalDistribution
{
    public static double Erf(double x) => x < 0 ? -(1 - Erfc(-x)) : 1 - Erfc(x);

    public static double Cdf(double z) => z < 0 ? 0.5 * Erfc(-z / Math.Sqrt(2)) : 1 - (0.5 * Erfc(z / Math.Sqrt(2)));

    /// <summary>P(|Z| >= |z|) for a standard normal Z; computed from the tail directly so large z keep precision.</summary>
    public static double TwoSidedP(double z) => z == 0 ? 1 : Math.Clamp(Erfc(Math.Abs(z) / Math.Sqrt(2)), 0, 1);

    /// <summary>1 - erf(x) for x >= 0.</summary>
    private static double Erfc(double x)
    {
        var t = 1 / (1 + (0.3275911 * x));
        var poly = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        return poly * Math.Exp(-x * x);
    }
}
