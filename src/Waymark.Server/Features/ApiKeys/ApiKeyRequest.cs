namespace Waymark.Server.Features.ApiKeys;

/// <summary>The body of a key creation: a name that says what sends with it, and the event source its events go into (default: the workspace's default source).</summary>
public sealed record ApiKeyRequest(string? Name, string? SourceId = null);
