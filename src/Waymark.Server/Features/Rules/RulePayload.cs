namespace Waymark.Server.Features.Rules;

/// <summary>
/// The data of a rule's webhook (docs/adr/054-journey-rules.md): the rule, the map, the customer with their
/// attributes, the step (or null), the event or feedback that fired it (or null), the segment a segment-entered rule
/// watches (its id and its name when the rule fired, else null), and when it fired.
/// </summary>
public sealed record RulePayload(
    RulePayloadRef Rule, RulePayloadRef Map, RulePayloadCustomer Customer, RulePayloadStep? Step, RulePayloadEvent? Event,
    RulePayloadFeedback? Feedback, RulePayloadRef? Segment, DateTime FiredAt);
