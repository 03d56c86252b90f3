using Waymark.Analytics.Engine;

namespace Waymark.Analytics.Mapping;

/// <summary>Which events and customers the actual paths see: an engine filter, and optionally a customer predicate
/// (a segment resolved by the caller) given the customer's index in the log.</summary>
public readonly record struct PathsOptions
{
    public EventFilter Filter { get; init; }

    public Func<int, bool>? Customers { get; init; }

    /// <summary>The most transitions, and the most hidden activities, listed (0: all); the strongest are kept.</summary>
    public int Limit { get; init; }
}
