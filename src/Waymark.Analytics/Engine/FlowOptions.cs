namespace Waymark.Analytics.Engine;

/// <summary>
/// A directly-follows graph. <see cref="ActivityPercent"/> keeps the most frequent activities covering that share
/// of events; <see cref="PathPercent"/> keeps the most frequent edges covering that share of transitions; both then
/// add back the strongest edges needed so every kept node is reachable from a start and reaches an end.
/// 0 or 100 keeps everything.
/// </summary>
public readonly record struct FlowOptions
{
    public EventFilter Filter { get; init; }

    public double ActivityPercent { get; init; }

    public double PathPercent { get; init; }
}
