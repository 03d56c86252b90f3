using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Data;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// Sends what the outbox holds. Each round claims up to Webhooks:BatchSize due deliveries with a lease, by one
/// conditional UPDATE under a token of its own (so two processes never send the same attempt at once on SQLite or
/// PostgreSQL), sends them side by side and records the outcomes together, each only while the round still holds its
/// lease. A process killed mid-delivery leaves its lease to expire; then any process sends again, with the same
/// webhook-id (at-least-once: receivers dedupe by it). It runs again at once while rounds find work, else when this
/// process commits deliveries (<see cref="WebhookSignal"/>) or the poll interval passes.
/// </summary>
internal sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes, WebhookAttempts attempts, WebhookSignal signal, IOptions<WebhookOptions> options, TimeProvider time,
    ILogger<WebhookDispatcher> log) : BackgroundService
{
    private readonly string _owner = Guid.NewGuid().ToString("N");
    private long _round;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Dispatch)
        {
            return;
        }

        await Task.Yield(); // let the host finish starting
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await RoundAsync(o, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogRoundFailed(log, e.GetType().Name, e.Message);
            }

            if (sent == 0)
            {
                try
                {
                    await signal.WaitAsync(TimeSpan.FromSeconds(o.PollSeconds), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<int> RoundAsync(WebhookOptions o, CancellationToken ct)
    {
        var owner = string.Create(CultureInfo.InvariantCulture, $"{_owner}.{++_round}");
        var started = Stopwatch.GetTimestamp();
        var claimed = await ClaimAsync(o, owner, ct);
        if (claimed > 0)
        {
            var sending = Stopwatch.GetTimestamp();
            await attempts.RunAsync(owner, ct);
            LogRound(log, claimed, Stopwatch.GetElapsedTime(started, sending).TotalMilliseconds, Stopwatch.GetElapsedTime(sending).TotalMilliseconds);
        }

        return claimed;
    }

    /// <summary>
    /// Claims due deliveries for <paramref name="owner"/>. The lease covers the round: the lease time, plus the timeout
    /// for each wave of Webhooks:MaxConcurrent sends after the first, so a slow receiver does not outlast it.
    /// </summary>
    private async Task<int> ClaimAsync(WebhookOptions o, string owner, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.State == WebhookOutbox.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(o.BatchSize).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var waves = (due.Count + o.MaxConcurrent - 1) / o.MaxConcurrent;
        var until = now.AddSeconds(o.LeaseSeconds + ((waves - 1) * o.TimeoutSeconds));
        return await db.WebhookDeliveries
            .Where(d => due.Contains(d.Id) && d.State == WebhookOutbox.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, until).SetProperty(d => d.LeaseOwner, owner), ct);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A webhook round claimed {Count} deliveries in {ClaimMs:0.0} ms, sent and recorded them in {SendMs:0.0} ms")]
    private static partial void LogRound(ILogger logger, int count, double claimMs, double sendMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook dispatch round failed: {Error}: {Reason}")]
    private static partial void LogRoundFailed(ILogger logger, string error, string reason);
}
