namespace Waymark.Server.Features.ApiKeys;

/// <summary>The body of a key creation: a name that says what sends with it.</summary>
public sealed record ApiKeyRequest(string? Name);
