namespace Waymark.Analytics.Feedback;

/// <summary>Placed items by the rule that placed them.</summary>
public sealed record PlacementCounts(int Step, int Activity, int Event, int Keyword);
