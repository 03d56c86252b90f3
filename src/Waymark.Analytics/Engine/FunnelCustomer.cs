namespace Waymark.Analytics.Engine;

/// <summary>
/// A customer behind a funnel bar: the steps their best attempt reached, when it started (its first step) and when
/// it reached its last step (null for logs without timestamps).
/// </summary>
public sealed record FunnelCustomer(string Id, int Reached, DateTimeOffset? Started, DateTimeOffset? LastStep);
