using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// One claimed attempt: sign with every valid secret, POST, and record the outcome (delivered; 410: the endpoint is
/// disabled; otherwise the next retry or dead) only while this dispatcher still holds the lease. Logs name the
/// delivery, the endpoint and the outcome, never a secret or a body.
/// </summary>
internal sealed partial class WebhookAttempts(
    IServiceScopeFactory scopes, WebhookSender sender, WebhookSecrets secrets, WebhookEndpointHealth health,
    IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookAttempts> log)
{
    public async Task RunAsync(string deliveryId, string owner, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
            var delivery = await db.WebhookDeliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deliveryId, ct);
            var endpoint = delivery is null ? null : await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == delivery.EndpointId, ct);
            if (delivery is null || endpoint is null)
            {
                return; // deleted meanwhile
            }

            if (!endpoint.Enabled)
            {
                await StopAsync(db, deliveryId, owner, $"the endpoint is disabled: {endpoint.DisabledReason}", ct);
                return;
            }

            var attempt = SigningSecrets(endpoint) is { } keys
                ? await sender.SendAsync(endpoint.Url, delivery.Id, delivery.Body, keys, ct)
                : new WebhookAttempt(null, null, "the signing secret could not be read (the server's Data Protection keys changed): rotate it", 0);
            await RecordAsync(db, delivery, endpoint, attempt, owner, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // stopping: the lease runs out and the attempt is made again
        }
        catch (Exception e)
        {
            LogAttemptFailed(log, deliveryId, e.GetType().Name, e.Message);
        }
    }

    private List<string>? SigningSecrets(WebhookEndpointEntity endpoint)
    {
        try
        {
            var keys = new List<string> { secrets.Unprotect(endpoint.Secret) };
            if (endpoint.PreviousSecret is { } previous && endpoint.PreviousSecretUntil > time.GetUtcNow().UtcDateTime)
            {
                keys.Add(secrets.Unprotect(previous));
            }

            return keys;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private async Task RecordAsync(WaymarkDbContext db, WebhookDeliveryEntity delivery, WebhookEndpointEntity endpoint, WebhookAttempt attempt, string owner, CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var made = delivery.Attempts + 1;
        var (state, reason, next) = attempt switch
        {
            { Delivered: true } => (WebhookOutbox.Delivered, (string?)null, now),
            { Gone: true } => (WebhookOutbox.Failed, "410 Gone from the receiver: the endpoint was disabled", now),
            _ => WebhookSchedule.NextAttempt(o, made, now, delivery.RetryFrom.AddHours(o.RetryHours), Random.Shared) is { } at
                ? (WebhookOutbox.Pending, null, at)
                : (WebhookOutbox.Dead, $"no success in {o.RetryHours:0.##} h of retries; last: {attempt.Outcome}", now),
        };
        var error = attempt.Error is { Length: > 500 } long_ ? long_[..500] : attempt.Error;
        var recorded = await db.WebhookDeliveries.Where(d => d.Id == delivery.Id && d.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, state).SetProperty(d => d.StateReason, reason).SetProperty(d => d.Attempts, d => d.Attempts + 1)
                .SetProperty(d => d.NextAttemptAt, next).SetProperty(d => d.LeaseUntil, (DateTime?)null).SetProperty(d => d.LeaseOwner, (string?)null)
                .SetProperty(d => d.LastAttemptAt, now).SetProperty(d => d.LastStatus, attempt.Status).SetProperty(d => d.LastResponse, attempt.Response)
                .SetProperty(d => d.LastError, error).SetProperty(d => d.LastDurationMs, attempt.DurationMs), ct);
        LogAttempt(log, delivery.Id, endpoint.Id, made, attempt.Outcome, state, recorded == 1);
        if (attempt.Delivered)
        {
            await health.SucceededAsync(db, endpoint.Id, ct);
        }
        else if (attempt.Gone)
        {
            await health.DisableAsync(db, endpoint, "410 Gone from the receiver", ct);
        }
        else
        {
            await health.FailedAsync(db, endpoint, now, ct);
        }
    }

    private static Task StopAsync(WaymarkDbContext db, string id, string owner, string reason, CancellationToken ct) =>
        db.WebhookDeliveries.Where(d => d.Id == id && d.LeaseOwner == owner).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.State, WebhookOutbox.Failed).SetProperty(d => d.StateReason, reason)
            .SetProperty(d => d.LeaseUntil, (DateTime?)null).SetProperty(d => d.LeaseOwner, (string?)null), ct);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} to endpoint {EndpointId}, attempt {Attempt}: {Outcome}; now {State} (recorded: {Recorded})")]
    private static partial void LogAttempt(ILogger logger, string deliveryId, string endpointId, int attempt, string outcome, string state, bool recorded);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery {DeliveryId} could not be attempted: {Error}: {Reason}")]
    private static partial void LogAttemptFailed(ILogger logger, string deliveryId, string error, string reason);
}
