namespace Waymark.Analytics.Engine;

/// <summary>
/// Which events and customers an analysis sees. Event conditions (time range, property) drop events; customer
/// conditions (did / did not, attribute, acquisition channel) drop whole customers and are judged on the events that remain.
/// The default filter keeps everything.
/// </summary>
public readonly record struct EventFilter
{
    /// <summary>Keep events at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Keep events before this instant (exclusive).</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Keep customers who did every one of these activities.</summary>
    public IReadOnlyList<string>? Did { get; init; }

    /// <summary>Keep customers who did none of these activities.</summary>
    public IReadOnlyList<string>? DidNot { get; init; }

    /// <summary>Keep customers whose attribute <see cref="AttributeKey"/> is one of <see cref="AttributeValues"/>.</summary>
    public string? AttributeKey { get; init; }

    public IReadOnlyList<string>? AttributeValues { get; init; }

    /// <summary>Keep customers for whom every condition holds (attribute is one of the values); with
    /// <see cref="AttributeKey"/> both apply.</summary>
    public IReadOnlyList<AttributeCondition>? Attributes { get; init; }

    /// <summary>
    /// Keep customers whose acquisition channel is one of these: the channel of the customer's first event in the
    /// whole log (before any event condition); a first event without a channel matches no channel.
    /// </summary>
    public IReadOnlyList<string>? Channels { get; init; }

    /// <summary>Keep events whose property <see cref="PropertyKey"/> equals <see cref="PropertyValue"/>.</summary>
    public string? PropertyKey { get; init; }

    public string? PropertyValue { get; init; }

    /// <summary>
    /// Show the analysis only the events that match one of these (e.g. a map's step bindings). Applied last: the
    /// customer conditions (did / did not) are judged before it, on every event the time range and property keep,
    /// and a customer left with no event is not counted. Null: every event.
    /// </summary>
    public IReadOnlyList<EventMatch>? Events { get; init; }
}
