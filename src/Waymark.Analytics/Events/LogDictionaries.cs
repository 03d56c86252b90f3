namespace Waymark.Analytics.Events;

/// <summary>The dictionaries an event log shares with its builder.</summary>
internal sealed record LogDictionaries(
    NameTable Customers,
    NameTable Activities,
    NameTable Channels,
    CustomerAttributes Attributes,
    PropertySets Properties);
