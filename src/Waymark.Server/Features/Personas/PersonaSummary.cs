namespace Waymark.Server.Features.Personas;

public sealed record PersonaSummary(string Id, string Name, DateTime UpdatedAt, int Version);
