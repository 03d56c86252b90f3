using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// One round's claimed deliveries: each signed with every valid secret of its endpoint and POSTed, Webhooks:MaxConcurrent
/// at once; then every outcome (delivered; 410: the endpoint is disabled; otherwise the next retry or dead) recorded in
/// one transaction, each only while the round still holds its lease (the dispatcher records one round while it sends
/// the next). Once an endpoint's attempt fails, its other deliveries of the round are released unsent for a later
/// round, so a slow or failing receiver holds a round up for one timeout, not one per delivery. Logs name the
/// delivery, the endpoint and the outcome, never a secret or a body.
/// </summary>
internal sealed partial class WebhookAttempts(
    IServiceScopeFactory scopes, WebhookSender sender, WebhookSecrets secrets, WebhookEndpointHealth health,
    IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookAttempts> log)
{
    /// <summary>
    /// Sends the deliveries among <paramref name="ids"/> (the round's claim) that are leased to <paramref name="owner"/>;
    /// read by id, so a round costs the same however many delivered rows the outbox keeps. Nothing is recorded here:
    /// the outcomes go to <see cref="RecordAsync"/>, which the dispatcher runs while it sends the next round.
    /// </summary>
    public async Task<List<WebhookOutcome>> SendAsync(IReadOnlyCollection<string> ids, string owner, CancellationToken ct)
    {
        List<WebhookDeliveryEntity> deliveries;
        Dictionary<string, WebhookEndpointEntity> endpoints;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
            deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => ids.Contains(d.Id) && d.LeaseOwner == owner)
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).ToListAsync(ct);
            var endpointIds = deliveries.Select(d => d.EndpointId).Distinct().ToList();
            endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        }

        var keys = endpoints.Values.ToDictionary(e => e.Id, SigningSecrets);
        var held = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var outcomes = new ConcurrentQueue<WebhookOutcome>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrent, CancellationToken = ct };
        await Parallel.ForEachAsync(deliveries, parallel, async (delivery, token) =>
        {
            if (endpoints.GetValueOrDefault(delivery.EndpointId) is { } endpoint) // else deleted meanwhile, with its deliveries
            {
                outcomes.Enqueue(await AttemptAsync(delivery, endpoint, keys[endpoint.Id], held, token));
            }
        });
        return [.. outcomes];
    }

    private async Task<WebhookOutcome> AttemptAsync(
        WebhookDeliveryEntity delivery, WebhookEndpointEntity endpoint, List<string>? keys, ConcurrentDictionary<string, bool> held, CancellationToken ct)
    {
        if (!endpoint.Enabled)
        {
            return new WebhookOutcome(delivery, endpoint, null, $"the endpoint is disabled: {endpoint.DisabledReason}");
        }

        if (held.ContainsKey(endpoint.Id))
        {
            return new WebhookOutcome(delivery, endpoint, null, null);
        }

        try
        {
            var attempt = keys is not null
                ? await sender.SendAsync(endpoint.Url, delivery.Id, delivery.Body, keys, ct)
                : new WebhookAttempt(null, null, "the signing secret could not be read (the server's Data Protection keys changed): rotate it", 0);
            if (!attempt.Delivered)
            {
                held.TryAdd(endpoint.Id, true);
            }

            return new WebhookOutcome(delivery, endpoint, attempt, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogAttemptFailed(log, delivery.Id, e.GetType().Name, e.Message);
            return new WebhookOutcome(delivery, endpoint, null, null);
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

    /// <summary>The round's outcomes in one transaction (in the order they came), then each attempt's effect on its endpoint's health.</summary>
    public async Task RecordAsync(string owner, List<WebhookOutcome> outcomes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        using (await SqliteWriteGate.EnterAsync(db.Database, ct)) // in turn with ingestion and the evaluator
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var outcome in outcomes)
            {
                await (outcome switch
                {
                    { Attempt: { } attempt } => RecordAttemptAsync(db, outcome.Delivery, outcome.Endpoint, attempt, owner, now, ct),
                    { StopReason: { } reason } => StopAsync(db, outcome.Delivery.Id, owner, reason, ct),
                    _ => ReleaseAsync(db, outcome.Delivery.Id, owner, ct),
                });
            }

            await tx.CommitAsync(ct);
        }

        // Health in the order the outcomes came; a success only ends a run of failures, so successes in a row reset once.
        var succeeded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, endpoint, attempt, _) in outcomes)
        {
            if (attempt is null)
            {
                continue;
            }

            if (attempt.Delivered)
            {
                succeeded.Add(endpoint.Id);
                continue;
            }

            if (succeeded.Remove(endpoint.Id))
            {
                await health.SucceededAsync(db, endpoint.Id, ct);
            }

            if (attempt.Gone)
            {
                await health.DisableAsync(db, endpoint, "410 Gone from the receiver", ct);
            }
            else
            {
                await health.FailedAsync(db, endpoint, now, ct);
            }
        }

        foreach (var endpoint in succeeded)
        {
            await health.SucceededAsync(db, endpoint, ct);
        }
    }

    private async Task RecordAttemptAsync(
        WaymarkDbContext db, WebhookDeliveryEntity delivery, WebhookEndpointEntity endpoint, WebhookAttempt attempt, string owner, DateTime now, CancellationToken ct)
    {
        var o = options.Value;
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
        // SQL with parameters rather than ExecuteUpdate: EF walks an ExecuteUpdate of eleven setters again on every call
        // (to pull out its parameters and to find it in the query cache), about 150 µs of CPU a delivery and the largest
        // part of a round in a CPU profile of the server under bench/rules. The same statement runs on SQLite and PostgreSQL.
        var recorded = await db.Database.ExecuteSqlAsync($"""
            UPDATE "webhook_deliveries" SET "State" = {state}, "StateReason" = {reason}, "Attempts" = "Attempts" + 1,
                "NextAttemptAt" = {next}, "LeaseUntil" = NULL, "LeaseOwner" = NULL, "LastAttemptAt" = {now},
                "LastStatus" = {attempt.Status}, "LastResponse" = {attempt.Response}, "LastError" = {error}, "LastDurationMs" = {attempt.DurationMs}
            WHERE "Id" = {delivery.Id} AND "LeaseOwner" = {owner}
            """, ct);
        LogAttempt(log, delivery.Id, endpoint.Id, made, attempt.Outcome, state, recorded == 1);
    }

    /// <summary>A delivery the round did not send (its endpoint's receiver failed meanwhile): free for the next round, its attempts unchanged.</summary>
    private static Task ReleaseAsync(WaymarkDbContext db, string id, string owner, CancellationToken ct) =>
        db.WebhookDeliveries.Where(d => d.Id == id && d.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, (DateTime?)null).SetProperty(d => d.LeaseOwner, (string?)null), ct);

    private static Task StopAsync(WaymarkDbContext db, string id, string owner, string reason, CancellationToken ct) =>
        db.WebhookDeliveries.Where(d => d.Id == id && d.LeaseOwner == owner).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.State, WebhookOutbox.Failed).SetProperty(d => d.StateReason, reason)
            .SetProperty(d => d.LeaseUntil, (DateTime?)null).SetProperty(d => d.LeaseOwner, (string?)null), ct);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} to endpoint {EndpointId}, attempt {Attempt}: {Outcome}; now {State} (recorded: {Recorded})")]
    private static partial void LogAttempt(ILogger logger, string deliveryId, string endpointId, int attempt, string outcome, string state, bool recorded);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery {DeliveryId} could not be attempted: {Error}: {Reason}")]
    private static partial void LogAttemptFailed(ILogger logger, string deliveryId, string error, string reason);
}
