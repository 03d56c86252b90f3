namespace Waymark.Server.Features.Customers;

/// <summary>A customer in the look-up list: events, and the times of the first and last (UTC).</summary>
public sealed record CustomerSummary(string Id, long Events, DateTime? FirstSeen, DateTime? LastSeen);
