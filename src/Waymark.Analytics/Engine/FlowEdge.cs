namespace Waymark.Analytics.Engine;

/// <summary>A directly-follows edge: how often To came right after From, by how many customers, and how long after.</summary>
public sealed record FlowEdge(string From, string To, long Events, long Customers, DurationSummary Duration);
