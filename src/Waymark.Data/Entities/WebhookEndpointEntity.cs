namespace Waymark.Data.Entities;

/// <summary>
/// A workspace's webhook endpoint: where deliveries go, which event types it takes, and its signing secrets. The
/// secrets are kept protected by ASP.NET Data Protection (the server must sign, so a hash would not do); the previous
/// secret signs beside the current one until <see cref="PreviousSecretUntil"/> (rotation without downtime).
/// </summary>
public sealed class WebhookEndpointEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string Url { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>The subscribed event types, space-separated.</summary>
    public string Events { get; set; } = "";
    public bool Enabled { get; set; } = true;

    /// <summary>Why the endpoint is disabled ("410 Gone from the receiver", ...), null while enabled.</summary>
    public string? DisabledReason { get; set; }
    public DateTime? DisabledAt { get; set; }
    public string Secret { get; set; } = "";
    public string? PreviousSecret { get; set; }
    public DateTime? PreviousSecretUntil { get; set; }
    public DateTime SecretCreatedAt { get; set; }

    /// <summary>Failed attempts in a row (any delivery) and when the first of them was: the automatic disabling counts these.</summary>
    public int ConsecutiveFailures { get; set; }
    public DateTime? FirstFailureAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
