using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// The one way to send a webhook: a row in the outbox, added to the caller's context so that it is saved in the same
/// SaveChanges (and transaction) as whatever caused it; the <see cref="WebhookDispatcher"/> sends it later, so the
/// request that enqueued it never waits on a receiver (docs/adr/053-webhook-delivery.md).
/// </summary>
public static class WebhookOutbox
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Dead = "dead";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds a delivery of <paramref name="payload"/> (the message's "data") to the endpoint, unless the endpoint is not
    /// the workspace's, is disabled, or does not take <paramref name="eventType"/> (<c>webhook.test</c> goes to any).
    /// Returns the new delivery's id (its <c>webhook-id</c>), or null when nothing was added. Nothing is saved here.
    /// </summary>
    public static async Task<string?> EnqueueAsync(
        WaymarkDbContext db, string workspaceId, string endpointId, string eventType, object payload, CancellationToken ct) =>
        Enqueue(db, workspaceId, endpointId, (await TargetsAsync(db, workspaceId, [endpointId], ct)).GetValueOrDefault(endpointId), eventType, payload);

    /// <summary>The workspace's endpoints among <paramref name="endpointIds"/>, read once for many enqueues (a rule's batch of firings).</summary>
    public static Task<Dictionary<string, WebhookTarget>> TargetsAsync(WaymarkDbContext db, string workspaceId, IReadOnlyCollection<string> endpointIds, CancellationToken ct) =>
        db.WebhookEndpoints.AsNoTracking().Where(e => endpointIds.Contains(e.Id) && e.WorkspaceId == workspaceId)
            .Select(e => new WebhookTarget(e.Id, e.Enabled, e.Events)).ToDictionaryAsync(e => e.Id, ct);

    /// <summary>As <see cref="EnqueueAsync"/>, with the endpoint already read (null: not the workspace's).</summary>
    public static string? Enqueue(WaymarkDbContext db, string workspaceId, string endpointId, WebhookTarget? endpoint, string eventType, object payload)
    {
        if (Delivery(workspaceId, endpointId, endpoint, eventType, payload) is not { } delivery)
        {
            return null;
        }

        db.WebhookDeliveries.Add(delivery);
        return delivery.Id;
    }

    /// <summary>The outbox row <see cref="Enqueue"/> adds, for a caller that writes it itself in its transaction (a rule's batch); null when nothing goes out.</summary>
    public static WebhookDeliveryEntity? Delivery(string workspaceId, string endpointId, WebhookTarget? endpoint, string eventType, object payload)
    {
        if (endpoint is not { Enabled: true } || (eventType != WebhookEventTypes.Test && !WebhookEvents.Parse(endpoint.Events).Contains(eventType)))
        {
            return null;
        }

        var now = DateTime.UtcNow;
        var body = JsonSerializer.Serialize(new Message(eventType, now, payload), Json);
        return new WebhookDeliveryEntity
        {
            Id = WebhookIds.New(now),
            WorkspaceId = workspaceId,
            EndpointId = endpointId,
            EventType = eventType,
            Body = body,
            CreatedAt = now,
            State = Pending,
            NextAttemptAt = now,
            RetryFrom = now,
        };
    }

    /// <summary>The Standard Webhooks message shape: what happened, when, and its data.</summary>
    private sealed record Message(string Type, DateTime Timestamp, object Data);
}
