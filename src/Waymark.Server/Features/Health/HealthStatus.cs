namespace Waymark.Server.Features.Health;

public sealed record HealthStatus(string Status);
