namespace Waymark.Server.Features.Rules;

/// <summary>The step of the map a rule fired at.</summary>
public sealed record RulePayloadStep(string Id, string Label);
