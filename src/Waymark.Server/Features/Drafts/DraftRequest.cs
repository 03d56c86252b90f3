namespace Waymark.Server.Features.Drafts;

/// <summary>Draft a map from the workspace's events: its name (default "Journey drafted from data") and at most maxSteps steps (3..40, default 12).</summary>
public sealed record DraftRequest(string? Name, int? MaxSteps);
