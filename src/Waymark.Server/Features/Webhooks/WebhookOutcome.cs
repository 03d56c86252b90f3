using Waymark.Data.Entities;

namespace Waymark.Server.Features.Webhooks;

/// <summary>What a round did with one claimed delivery: an attempt made, stopped with a reason, or (neither) released unsent.</summary>
internal sealed record WebhookOutcome(WebhookDeliveryEntity Delivery, WebhookEndpointEntity Endpoint, WebhookAttempt? Attempt, string? StopReason);
