namespace Waymark.Analytics.Feedback;

/// <summary>
/// Feedback laid over a map (docs/analytics.md, "Voice of the customer"): how many items counted, how many were
/// placed and by which rule, the figures of every step in map order, and the measured emotion curve.
/// </summary>
public sealed record FeedbackFigures(
    int Items,
    int Placed,
    int Unplaced,
    PlacementCounts ByMethod,
    IReadOnlyList<StepFeedback> Steps,
    IReadOnlyList<CurvePoint> Curve);
