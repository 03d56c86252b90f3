namespace Waymark.Analytics.Mapping;

/// <summary>A customer found by id: events in the log and the times of the first and last (null without timestamps).</summary>
public sealed record CustomerMatch(string Id, long Events, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen);
