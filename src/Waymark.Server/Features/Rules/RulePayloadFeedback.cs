namespace Waymark.Server.Features.Rules;

/// <summary>The feedback that fired a rule.</summary>
public sealed record RulePayloadFeedback(string Id, DateTime At, string? ScoreType, double? Score, string? Text, string Source, long Sequence);
