namespace Waymark.Server.Features.Sources;

/// <summary>The event source a map is bound to; both null when it is bound to none ("Connect a data source").</summary>
public sealed record MapSourceDto(string? SourceId, string? SourceName);
