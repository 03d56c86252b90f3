namespace Waymark.Analytics.Engine;

/// <summary>
/// Names a question uses that the source may or may not know: activities, customer attribute keys and channels. Asked
/// of <see cref="IJourneyAnalyses.KnownNamesAsync"/>, which answers with the ones the source's events and customers
/// have (a segment preview lists the rest as unknown).
/// </summary>
public sealed record SourceNames(IReadOnlyList<string> Activities, IReadOnlyList<string> AttributeKeys, IReadOnlyList<string> Channels);
