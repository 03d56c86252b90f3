namespace Waymark.Server.Features.Rules;

/// <summary>One firing of a rule with the webhook deliveries it made (their state now).</summary>
public sealed record RuleFiringDto(string Id, string Customer, DateTime FiredAt, string EventType, string Detail, IReadOnlyList<RuleFiringDelivery> Deliveries);
