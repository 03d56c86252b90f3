namespace Waymark.Data.Entities;

/// <summary>
/// One message in the webhook outbox. <see cref="Id"/> is the <c>webhook-id</c> the receiver dedupes by; it stays the
/// same on every attempt and replay. <see cref="Body"/> is the exact JSON sent (so every attempt signs the same bytes).
/// A dispatcher owns an attempt while <see cref="LeaseUntil"/> is in the future and <see cref="LeaseOwner"/> is its own.
/// </summary>
public sealed class WebhookDeliveryEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string EndpointId { get; set; } = "";
    public string EventType { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>pending, delivered, failed (stopped, see <see cref="StateReason"/>) or dead (retried for Webhooks:RetryHours after <see cref="RetryFrom"/>, its creation or last replay).</summary>
    public string State { get; set; } = "pending";
    public string? StateReason { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime RetryFrom { get; set; }
    public DateTime? LeaseUntil { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    public int? LastStatus { get; set; }
    public string? LastResponse { get; set; }
    public string? LastError { get; set; }
    public int? LastDurationMs { get; set; }
}
