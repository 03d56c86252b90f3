namespace Waymark.Server.Features.Rules;

/// <summary>
/// A trigger that held for a customer, before conditions and frequency: its occurrence key (what fired it, unique per
/// rule and customer), when, the step, the event or feedback, and the words for the firing.
/// </summary>
internal sealed record RuleCandidate(
    string Customer, string Occurrence, DateTime At, RulePayloadStep? Step, RulePayloadEvent? Event, RulePayloadFeedback? Feedback, string Detail);
