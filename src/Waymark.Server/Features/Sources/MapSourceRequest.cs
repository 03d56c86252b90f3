namespace Waymark.Server.Features.Sources;

/// <summary>Binds a map to a source of its workspace, or unbinds it (null).</summary>
public sealed record MapSourceRequest(string? SourceId);
