namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// A webhook endpoint as listed: never its secret. <see cref="PreviousSecretValidUntil"/> is set while a rotated-out
/// secret still signs beside the new one; <see cref="DisabledReason"/> says why a disabled endpoint is off.
/// </summary>
public sealed record WebhookDto(
    string Id, string Url, string Description, string[] Events, bool Enabled, string? DisabledReason, DateTime? DisabledAt,
    DateTime SecretCreatedAt, DateTime? PreviousSecretValidUntil, int ConsecutiveFailures, DateTime CreatedAt, DateTime UpdatedAt);
