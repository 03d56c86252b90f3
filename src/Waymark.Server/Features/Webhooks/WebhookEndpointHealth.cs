using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// An endpoint's run of failures and its disabling: Webhooks:DisableAfterFailures failed attempts in a row spanning
/// more than Webhooks:DisableAfterDays, or a 410, disable it; its pending deliveries then stop (state failed, with
/// the reason) and the workspace's activity gets a line from Waymark. A success ends the run.
/// </summary>
internal sealed class WebhookEndpointHealth(IAuditTrail audit, IOptions<WebhookOptions> options)
{
    public const string SystemActor = "Waymark";

    public Task SucceededAsync(WaymarkDbContext db, string endpointId, CancellationToken ct) =>
        db.WebhookEndpoints.Where(e => e.Id == endpointId && e.ConsecutiveFailures != 0)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConsecutiveFailures, 0).SetProperty(e => e.FirstFailureAt, (DateTime?)null), ct);

    public async Task FailedAsync(WaymarkDbContext db, WebhookEndpointEntity endpoint, DateTime now, CancellationToken ct)
    {
        await db.WebhookEndpoints.Where(e => e.Id == endpoint.Id).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.ConsecutiveFailures, e => e.ConsecutiveFailures + 1)
            .SetProperty(e => e.FirstFailureAt, e => e.FirstFailureAt ?? now), ct);
        var run = await db.WebhookEndpoints.AsNoTracking().Where(e => e.Id == endpoint.Id)
            .Select(e => new { e.ConsecutiveFailures, e.FirstFailureAt }).FirstOrDefaultAsync(ct);
        var o = options.Value;
        if (run is { FirstFailureAt: { } first } && run.ConsecutiveFailures >= o.DisableAfterFailures && now - first > TimeSpan.FromDays(o.DisableAfterDays))
        {
            var days = (now - first).TotalDays;
            await DisableAsync(db, endpoint, $"disabled after {run.ConsecutiveFailures} failed attempts in a row over {days:0.#} days", ct);
        }
    }

    /// <summary>Disables the endpoint once (a second call finds it disabled and does nothing) and stops its pending deliveries.</summary>
    public async Task DisableAsync(WaymarkDbContext db, WebhookEndpointEntity endpoint, string reason, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var changed = await db.WebhookEndpoints.Where(e => e.Id == endpoint.Id && e.Enabled)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Enabled, false).SetProperty(e => e.DisabledReason, reason)
                .SetProperty(e => e.DisabledAt, now).SetProperty(e => e.UpdatedAt, now), ct);
        if (changed == 0)
        {
            return;
        }

        await StopPendingAsync(db, endpoint.Id, $"the endpoint was disabled: {reason}", ct);
        await audit.RecordAsync(new AuditEntry(endpoint.WorkspaceId, null, SystemActor, AuditActions.WebhookDisabled, endpoint.Id, $"{endpoint.Url}: {reason}"), ct);
    }

    /// <summary>Pending deliveries of the endpoint that no dispatcher holds stop; one being sent records its own outcome.</summary>
    public static Task StopPendingAsync(WaymarkDbContext db, string endpointId, string reason, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        return db.WebhookDeliveries.Where(d => d.EndpointId == endpointId && d.State == WebhookOutbox.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, WebhookOutbox.Failed).SetProperty(d => d.StateReason, reason), ct);
    }
}
