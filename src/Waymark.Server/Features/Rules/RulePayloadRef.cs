namespace Waymark.Server.Features.Rules;

/// <summary>An id and a name.</summary>
public sealed record RulePayloadRef(string Id, string Name);
