namespace Waymark.Server.Features.Events;

/// <summary>An activity of the workspace with its event and customer counts (the binding picker's rows).</summary>
public sealed record ActivitySummary(string Name, long Events, long Customers);
