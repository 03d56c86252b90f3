namespace Waymark.Analytics.Engine;

/// <summary>Options of the activity statistics.</summary>
public readonly record struct StatsOptions
{
    public EventFilter Filter { get; init; }
}
