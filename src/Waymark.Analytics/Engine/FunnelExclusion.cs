namespace Waymark.Analytics.Engine;

/// <summary>
/// Activities that must not happen between step <see cref="AfterStep"/> and the next one (0-based): a customer
/// who does one there is taken out of the funnel and counted as excluded.
/// </summary>
public sealed record FunnelExclusion(IReadOnlyList<string> Activities, int AfterStep);
