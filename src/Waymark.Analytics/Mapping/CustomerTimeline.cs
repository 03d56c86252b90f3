namespace Waymark.Analytics.Mapping;

/// <summary>
/// One customer's events in time order, each with the map steps it stands for (none: not placed on the map).
/// <see cref="TotalEvents"/> counts every event of the customer; <see cref="Events"/> holds at most the first
/// <see cref="MapEvidence.TimelineLimit"/>.
/// </summary>
public sealed record CustomerTimeline(
    string CustomerId,
    IReadOnlyDictionary<string, string> Attributes,
    int TotalEvents,
    IReadOnlyList<TimelineEvent> Events);
