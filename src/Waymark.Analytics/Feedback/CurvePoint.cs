namespace Waymark.Analytics.Feedback;

/// <summary>
/// One step of the emotion curves on the map's scale: the designed point (the map's main curve, null when none) and
/// the measured one (mean text sentiment, null when the step has no texts), with the number of texts behind it.
/// </summary>
public sealed record CurvePoint(string StepId, int? Designed, double? Measured, int Texts);
