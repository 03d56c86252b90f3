namespace Waymark.Server.Features.Rules;

/// <summary>The event that fired a rule (for a stall: the one that reached the step the wait started at).</summary>
public sealed record RulePayloadEvent(string Activity, DateTime At, string? Channel, IReadOnlyDictionary<string, string> Properties, long Sequence);
