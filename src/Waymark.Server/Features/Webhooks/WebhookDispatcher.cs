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
/// lease. Rounds overlap by one: a round's outcomes are written while the next round is claimed and sent (its rows
/// stay leased until then, so no round claims them again), and at most one recording is under way. After a round with
/// any outcome but delivered, the next claim waits for its recording, so a release, a 410's disabling and a run of
/// failures take effect first, as when rounds did not overlap. A process killed
/// mid-delivery leaves its leases to expire; then any process sends again, with the same webhook-id (at-least-once:
/// receivers dedupe by it). It runs again at once while rounds find work, else when this process commits deliveries
/// (<see cref="WebhookSignal"/>) or the poll interval passes.
/// </summary>
internal sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes, WebhookAttempts attempts, WebhookSignal signal, IOptions<WebhookOptions> options, TimeProvider time,
    ILogger<WebhookDispatcher> log) : BackgroundService
{
    private readonly string _owner = Guid.NewGuid().ToString("N");
    private long _round;
    private Task _recording = Task.CompletedTask;
    private bool _settleFirst; // the last round had an outcome other than delivered: it is recorded before the next claim

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Dispatch)
        {
            return;
        }

        await Task.Yield(); // let the host finish starting
        try
        {
            await LoopAsync(o, stoppingToken);
        }
        finally
        {
            await _recording; // never throws: a failed recording is logged, its leases expire and the round is sent again
        }
    }

    private async Task LoopAsync(WebhookOptions o, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                busy = await RoundAsync(o, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogRoundFailed(log, e.GetType().Name, e.Message);
            }

            if (!busy)
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

    /// <summary>
    /// Claims and sends one round, then starts recording it once the last round's recording is done. True when there
    /// may be more to do at once: it sent something, or nothing was due while a recording was under way (which may
    /// free retries due at once and released deliveries).
    /// </summary>
    private async Task<bool> RoundAsync(WebhookOptions o, CancellationToken ct)
    {
        if (_settleFirst)
        {
            await _recording; // its released rows, a disabled endpoint and its stopped deliveries come before the next claim
        }

        var owner = string.Create(CultureInfo.InvariantCulture, $"{_owner}.{++_round}");
        var started = Stopwatch.GetTimestamp();
        var claimed = await ClaimAsync(o, owner, ct);
        if (claimed.Count == 0)
        {
            var recording = !_recording.IsCompleted;
            await _recording;
            return recording;
        }

        var sending = Stopwatch.GetTimestamp();
        var outcomes = await attempts.SendAsync(claimed, owner, ct);
        var sent = Stopwatch.GetTimestamp();
        await _recording;
        var waited = Stopwatch.GetTimestamp();
        _recording = RecordAsync(owner, outcomes, outcomes.Count, Ms(started, sending), Ms(sending, sent), Ms(sent, waited), ct);
        _settleFirst = outcomes.Exists(x => x.Attempt is not { Delivered: true });
        return true;
    }

    private async Task RecordAsync(string owner, List<WebhookOutcome> outcomes, int claimed, double claimMs, double sendMs, double waitMs, CancellationToken ct)
    {
        var recording = Stopwatch.GetTimestamp();
        try
        {
            await attempts.RecordAsync(owner, outcomes, ct);
            LogRound(log, claimed, claimMs, sendMs, waitMs, Ms(recording, Stopwatch.GetTimestamp()));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // shutting down: the round's leases expire and it is sent again
        }
        catch (Exception e)
        {
            LogRoundFailed(log, e.GetType().Name, e.Message);
        }
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    /// <summary>
    /// Claims due deliveries for <paramref name="owner"/>. The lease covers the round: the lease time, plus the timeout
    /// for each wave of Webhooks:MaxConcurrent sends after the first, so a slow receiver does not outlast it.
    /// </summary>
    private async Task<List<string>> ClaimAsync(WebhookOptions o, string owner, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.State == WebhookOutbox.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(o.BatchSize).ToListAsync(ct);
        if (due.Count == 0)
        {
            return due;
        }

        var waves = (due.Count + o.MaxConcurrent - 1) / o.MaxConcurrent;
        var until = now.AddSeconds(o.LeaseSeconds + ((waves - 1) * o.TimeoutSeconds));
        using var turn = await SqliteWriteGate.EnterAsync(db.Database, ct); // in turn with ingestion and the evaluator
        var won = await db.WebhookDeliveries
            .Where(d => due.Contains(d.Id) && d.State == WebhookOutbox.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, until).SetProperty(d => d.LeaseOwner, owner), ct);
        return won == 0 ? [] : due; // the rows another process won meanwhile are skipped when the round reads its own
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A webhook round claimed {Count} deliveries in {ClaimMs:0.0} ms, sent them in {SendMs:0.0} ms, waited {WaitMs:0.0} ms for the last round's recording and recorded its own in {RecordMs:0.0} ms")]
    private static partial void LogRound(ILogger logger, int count, double claimMs, double sendMs, double waitMs, double recordMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook dispatch round failed: {Error}: {Reason}")]
    private static partial void LogRoundFailed(ILogger logger, string error, string reason);
}
