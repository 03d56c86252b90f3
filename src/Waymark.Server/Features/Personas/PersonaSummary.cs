namespace Waymark.Server.Features.Personas;

/// <summary>What a persona card in the library shows, so the list needs no request per persona.</summary>
public sealed record PersonaSummary(
    string Id,
    string Name,
    string? JobRole,
    string? Color,
    string? PhotoUrl,
    string? Quote,
    DateTime UpdatedAt,
    string UpdatedBy,
    int Version);
