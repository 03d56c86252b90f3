namespace Waymark.Analytics.Drafting.Internals;

/// <summary>What the draft was made from, for its description and the steps' shares.</summary>
internal sealed record DraftFacts(long Customers, long Events, bool HasTimestamps);
