namespace Waymark.Server.Features.Explore.Process;

/// <summary>Customers whose (scoped) journey starts, or ends, with this activity.</summary>
public sealed record ProcessMarker(string Activity, long Customers);
