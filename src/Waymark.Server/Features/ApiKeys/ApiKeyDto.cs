namespace Waymark.Server.Features.ApiKeys;

/// <summary>An API key as listed: never its secret. Its events go into the event source SourceId.</summary>
public sealed record ApiKeyDto(string Id, string Name, string Prefix, DateTime CreatedAt, DateTime? RevokedAt, string SourceId, string SourceName);
