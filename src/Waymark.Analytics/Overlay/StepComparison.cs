namespace Waymark.Analytics.Overlay;

/// <summary>
/// Share of entrants at a step in series a and b, their difference (a - b), the two-proportion z statistic and its
/// two-sided p value; significant when p &lt; 0.05.
/// </summary>
public sealed record StepComparison(string StepId, double A, double B, double Difference, double Z, double P, bool Significant);
