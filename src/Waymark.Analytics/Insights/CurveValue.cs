namespace Waymark.Analytics.Insights;

/// <summary>A measured point of the emotion curve (on the map's scale).</summary>
public sealed record CurveValue(string StepId, double Measured);
