using Waymark.Data.Entities;

namespace Waymark.Server.Features.Webhooks;

/// <summary>Rows to answers; the secrets stay behind.</summary>
internal static class WebhookMapping
{
    public static WebhookDto ToDto(this WebhookEndpointEntity e, DateTime now) => new(
        e.Id, e.Url, e.Description, WebhookEvents.Parse(e.Events), e.Enabled, e.DisabledReason, e.DisabledAt, e.SecretCreatedAt,
        e.PreviousSecret is not null && e.PreviousSecretUntil > now ? e.PreviousSecretUntil : null, e.ConsecutiveFailures, e.CreatedAt, e.UpdatedAt);

    public static WebhookDeliveryDto ToDto(this WebhookDeliveryEntity d) => new(
        d.Id, d.EndpointId, d.EventType, d.State, d.StateReason, d.Attempts, d.CreatedAt,
        d.State == WebhookOutbox.Pending ? d.NextAttemptAt : null, d.LastAttemptAt, d.LastStatus, d.LastResponse, d.LastError, d.LastDurationMs);
}
