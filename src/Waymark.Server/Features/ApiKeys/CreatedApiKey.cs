namespace Waymark.Server.Features.ApiKeys;

/// <summary>A new key; <see cref="Key"/> is shown this once and cannot be read again.</summary>
public sealed record CreatedApiKey(string Id, string Name, string Prefix, DateTime CreatedAt, string Key, string SourceId, string SourceName);
