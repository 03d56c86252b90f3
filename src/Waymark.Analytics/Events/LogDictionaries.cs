namespace Waymark.Analytics.Events;

/// <summary>The dictionaries an event log shares with its builder.</summary>
internal sealed record LogDictionaries(
    NameTable Customers,
    NameTable Activities,
    NameTable Channels,
    CustomerAttributes Attributes,
    PropertySets Properties)
{
    /// <summary>Sizes every table exactly as its log is built (ADR 073): only tables no published log reads yet.</summary>
    public void TrimExcess()
    {
        Customers.TrimExcess();
        Activities.TrimExcess();
        Channels.TrimExcess();
        Attributes.TrimExcess();
        Properties.TrimExcess();
    }
}
