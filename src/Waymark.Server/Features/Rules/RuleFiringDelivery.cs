namespace Waymark.Server.Features.Rules;

/// <summary>A delivery of a firing: its webhook-id, endpoint, state (pending, delivered, failed, dead), attempts and the last status.</summary>
public sealed record RuleFiringDelivery(string WebhookId, string EndpointId, string EndpointUrl, string State, int Attempts, int? LastStatus, DateTime? NextAttemptAt);
