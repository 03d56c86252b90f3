namespace Waymark.Server.Features.Events;

/// <summary>
/// How much data a workspace holds: events, distinct customers and distinct activities; and how many stored values
/// were not valid text and were replaced when the data was read (0 for data that came in through Waymark's checks).
/// </summary>
public sealed record EventSummary(long Events, long Customers, long Activities, long ReplacedValues);
