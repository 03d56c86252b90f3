namespace Waymark.Server.Features.Events;

/// <summary>How much data a workspace holds: events, distinct customers and distinct activities.</summary>
public sealed record EventSummary(long Events, long Customers, long Activities);
