using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Webhooks;

/// <summary>An endpoint's delivery log (newest first), a test send, and replay of one delivery with its own webhook-id.</summary>
public static class WebhookDeliveriesEndpoints
{
    public static RouteGroupBuilder MapWebhookDeliveries(this RouteGroupBuilder group)
    {
        group.MapGet("/{webhookId}/deliveries", List).RequireRole(WorkspaceRole.Owner).WithName("ListWebhookDeliveries")
            .WithSummary("The endpoint's deliveries, newest first, with state, attempts and the last answer; page with before and limit.");
        group.MapPost("/{webhookId}/test", Test).RequireRole(WorkspaceRole.Owner).WithName("TestWebhook")
            .WithSummary("Queues a webhook.test delivery to the endpoint and answers at once with it.");
        group.MapPost("/{webhookId}/deliveries/{deliveryId}/replay", Replay).RequireRole(WorkspaceRole.Owner).WithName("ReplayWebhookDelivery")
            .WithSummary("Sends the delivery again, with the same webhook-id and body, retried as a new one.");
        return group;
    }

    public static async Task<Results<Ok<WebhookDeliveryPage>, ValidationProblem, ProblemHttpResult>> List(
        string workspaceId, string webhookId, [AsParameters] WebhookDeliveryQuery query, WaymarkDbContext db, CancellationToken ct)
    {
        if (query.Limit is < 1 or > WebhookDeliveryQuery.MaxLimit)
        {
            return Problems.Invalid("limit", $"limit must be 1 to {WebhookDeliveryQuery.MaxLimit}; {query.Limit} given");
        }

        if (await WebhooksEndpoints.FindAsync(db, workspaceId, webhookId, ct) is null)
        {
            return Problems.NotFound("webhook", webhookId);
        }

        var limit = query.Limit ?? WebhookDeliveryQuery.DefaultLimit;
        var rows = db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == webhookId);
        if (!string.IsNullOrEmpty(query.Before))
        {
            var before = query.Before;
            rows = rows.Where(d => string.Compare(d.Id, before) < 0);
        }

        var page = await rows.OrderByDescending(d => d.Id).Take(limit + 1).ToListAsync(ct);
        var items = page.Take(limit).Select(d => d.ToDto()).ToArray();
        return TypedResults.Ok(new WebhookDeliveryPage(items, page.Count > limit ? items[^1].Id : null));
    }

    public static async Task<Results<Accepted<WebhookDeliveryDto>, ProblemHttpResult>> Test(
        string workspaceId, string webhookId, HttpContext http, WaymarkDbContext db, CancellationToken ct)
    {
        var endpoint = await WebhooksEndpoints.FindAsync(db, workspaceId, webhookId, ct);
        if (endpoint is null)
        {
            return Problems.NotFound("webhook", webhookId);
        }

        if (!endpoint.Enabled)
        {
            return Disabled(endpoint.DisabledReason);
        }

        var data = new { webhookId, workspaceId, message = "A test from Waymark: this endpoint receives and verifies its webhooks.", sentBy = http.Caller().DisplayName };
        var id = await WebhookOutbox.EnqueueAsync(db, workspaceId, webhookId, WebhookEventTypes.Test, data, ct);
        if (id is null || !await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("webhook", webhookId); // deleted or disabled meanwhile
        }

        http.RequestServices.GetService<WebhookSignal>()?.Notify();

        var delivery = await db.WebhookDeliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        return delivery is null
            ? Problems.NotFound("webhook", webhookId) // deleted since the save, taking its deliveries along
            : TypedResults.Accepted($"/api/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries", delivery.ToDto());
    }

    /// <summary>
    /// A delivery still pending is already on its way (409); any other starts over: pending now, its retry window
    /// counted from now, its attempts kept. The conditional update makes two replays at once send one attempt.
    /// </summary>
    public static async Task<Results<Accepted<WebhookDeliveryDto>, ProblemHttpResult>> Replay(
        string workspaceId, string webhookId, string deliveryId, WaymarkDbContext db, CancellationToken ct)
    {
        var endpoint = await WebhooksEndpoints.FindAsync(db, workspaceId, webhookId, ct);
        var delivery = endpoint is null ? null : await db.WebhookDeliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deliveryId && d.EndpointId == webhookId, ct);
        if (endpoint is null || delivery is null)
        {
            return endpoint is null ? Problems.NotFound("webhook", webhookId) : Problems.NotFound("delivery", deliveryId);
        }

        if (!endpoint.Enabled)
        {
            return Disabled(endpoint.DisabledReason);
        }

        var now = DateTime.UtcNow;
        var replayed = await db.WebhookDeliveries.Where(d => d.Id == deliveryId && d.State != WebhookOutbox.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, WebhookOutbox.Pending).SetProperty(d => d.StateReason, (string?)null)
                .SetProperty(d => d.NextAttemptAt, now).SetProperty(d => d.RetryFrom, now), ct);
        if (replayed == 0)
        {
            return TypedResults.Problem("The delivery is still pending: it is being sent or retried already.", statusCode: StatusCodes.Status409Conflict, title: "Delivery pending");
        }

        var fresh = await db.WebhookDeliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deliveryId, ct);
        return fresh is null
            ? Problems.NotFound("webhook", webhookId) // deleted since the update, taking its deliveries along
            : TypedResults.Accepted($"/api/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries", fresh.ToDto());
    }

    private static ProblemHttpResult Disabled(string? reason) => TypedResults.Problem(
        $"The endpoint is disabled ({reason}); enable it first.", statusCode: StatusCodes.Status409Conflict, title: "Webhook disabled");
}
