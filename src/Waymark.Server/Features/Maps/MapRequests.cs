namespace Waymark.Server.Features.Maps;

/// <summary>
/// Create a blank map (name, kind) or one from a template (templateId, optional name), bound to the event source
/// sourceId; without one a blank map takes the workspace's default source and a template's map none.
/// </summary>
public sealed record CreateMapRequest(string? Name, string? Kind, string? TemplateId, string? SourceId = null);

/// <summary>Copy a map; asFutureState makes the copy a future-state map based on the original.</summary>
public sealed record DuplicateMapRequest(string? Name, bool AsFutureState);

public sealed record MapRevisionSummary(int Number, string Author, DateTime CreatedAt, string Summary);
