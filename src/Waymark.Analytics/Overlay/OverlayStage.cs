namespace Waymark.Analytics.Overlay;

/// <summary>A map stage and its steps, in map order.</summary>
public sealed record OverlayStage(string Id, IReadOnlyList<OverlayStep> Steps);
