namespace Waymark.Server.Features.Rules;

/// <summary>The customer a rule fired for, with the attributes the map's data holds.</summary>
public sealed record RulePayloadCustomer(string Id, IReadOnlyDictionary<string, string> Attributes);
