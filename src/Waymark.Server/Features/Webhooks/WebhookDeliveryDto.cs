namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// One line of the delivery log: its id (the webhook-id), state and why, attempts made, the next one, and what the
/// last attempt got: status, the first 2 KB of the answer as text, the error when no answer came, and its duration.
/// </summary>
public sealed record WebhookDeliveryDto(
    string Id, string EndpointId, string EventType, string State, string? StateReason, int Attempts, DateTime CreatedAt,
    DateTime? NextAttemptAt, DateTime? LastAttemptAt, int? LastStatus, string? LastResponse, string? LastError, int? LastDurationMs);
