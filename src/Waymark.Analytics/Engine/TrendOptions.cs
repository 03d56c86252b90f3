namespace Waymark.Analytics.Engine;

/// <summary>Counts per day or week, of all events or of one <see cref="Activity"/>.</summary>
public readonly record struct TrendOptions
{
    public EventFilter Filter { get; init; }

    public TrendGranularity Granularity { get; init; }

    public string? Activity { get; init; }
}
