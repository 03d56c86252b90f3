namespace Waymark.Server.Features.Rules;

/// <summary>What the rules table keeps as JSON of a checked request: everything but its name and enabled state.</summary>
internal sealed record RuleDefinition(RuleTrigger Trigger, RuleConditions Conditions, RuleFrequency Frequency, RuleActions Actions);
