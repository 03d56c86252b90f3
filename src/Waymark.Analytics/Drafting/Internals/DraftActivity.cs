namespace Waymark.Analytics.Drafting.Internals;

/// <summary>An activity chosen for the draft: its id in the log, name, reach and most common channel (null: none).</summary>
internal sealed record DraftActivity(int Id, string Name, long Customers, string? Channel);
