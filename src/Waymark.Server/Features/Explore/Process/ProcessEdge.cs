namespace Waymark.Server.Features.Explore.Process;

/// <summary>
/// Customers moving straight from one activity to the next: how often (<see cref="Count"/>, transitions), by how many
/// customers, and the median and p90 time between the two events in seconds.
/// </summary>
public sealed record ProcessEdge(string From, string To, long Count, long Customers, double MedianSeconds, double P90Seconds);
