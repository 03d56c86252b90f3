namespace Waymark.Analytics.Overlay;

/// <summary>Customers who reached the outcome step through the funnel, and their share of the entrants (0..1).</summary>
public readonly record struct OutcomeFigures(long Customers, double Conversion);
