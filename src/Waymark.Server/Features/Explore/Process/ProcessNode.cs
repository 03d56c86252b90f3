namespace Waymark.Server.Features.Explore.Process;

/// <summary>An activity: customers who did it, its events and the share of the scope's customers who did it.</summary>
public sealed record ProcessNode(string Activity, long Customers, long Events, double Share);
