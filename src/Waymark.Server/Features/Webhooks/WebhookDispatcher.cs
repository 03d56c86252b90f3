using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Data;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// Sends what the outbox holds. Each round claims due deliveries with a lease (a conditional UPDATE, so two processes
/// never send the same attempt at once on SQLite or PostgreSQL), sends them side by side, and records each outcome
/// only while it still holds the lease. A process killed mid-delivery leaves its lease to expire; then any process
/// sends again, with the same webhook-id (at-least-once: receivers dedupe by it).
/// </summary>
internal sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes, WebhookAttempts attempts, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookDispatcher> log)
    : BackgroundService
{
    private readonly string _owner = Guid.NewGuid().ToString("N");

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
                    await Task.Delay(TimeSpan.FromSeconds(o.PollSeconds), time, stoppingToken);
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
        var claimed = await ClaimAsync(o, ct);
        await Task.WhenAll(claimed.Select(id => attempts.RunAsync(id, _owner, ct)));
        return claimed.Count;
    }

    private async Task<List<string>> ClaimAsync(WebhookOptions o, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.State == WebhookOutbox.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(o.MaxConcurrent).ToListAsync(ct);
        var until = now.AddSeconds(o.LeaseSeconds);
        var claimed = new List<string>(due.Count);
        foreach (var id in due)
        {
            var won = await db.WebhookDeliveries
                .Where(d => d.Id == id && d.State == WebhookOutbox.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, until).SetProperty(d => d.LeaseOwner, _owner), ct);
            if (won == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook dispatch round failed: {Error}: {Reason}")]
    private static partial void LogRoundFailed(ILogger logger, string error, string reason);
}
