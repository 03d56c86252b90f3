namespace Waymark.Server.Features.Drafts;

/// <summary>
/// Draft a map from an event source's events (sourceId, default the workspace's default source; the map is bound to
/// it): its name (default "Journey drafted from data") and at most maxSteps steps (3..40, default 12).
/// </summary>
public sealed record DraftRequest(string? Name, int? MaxSteps, string? SourceId = null);
