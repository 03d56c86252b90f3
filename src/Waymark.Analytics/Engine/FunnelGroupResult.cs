namespace Waymark.Analytics.Engine;

/// <summary>The funnel for one breakdown group.</summary>
public sealed record FunnelGroupResult(string Name, IReadOnlyList<FunnelStepResult> Steps, long Excluded);
