namespace Waymark.Server.Features.Maps;

/// <summary>
/// What a map card shows, read from the metadata columns without loading the document; SourceId is the event source
/// its figures come from (null: none).
/// </summary>
public sealed record MapSummary(
    string Id,
    string WorkspaceId,
    string Name,
    string Kind,
    string? Description,
    int StageCount,
    int StepCount,
    IReadOnlyList<string> PersonaNames,
    string? BasedOnMapId,
    DateOnly? ReviewBy,
    string? OwnerId,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    string UpdatedBy,
    int Version,
    string? SourceId);
